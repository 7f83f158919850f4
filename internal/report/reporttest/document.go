package reporttest

import (
	"testing"
	"time"

	"uppfoljning/internal/report"
)

// Created is the date in the properties of the documents the tests make,
// unless they ask for another.
var Created = time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC)

// Template returns the built-in template.
func Template(t testing.TB) *report.Template {
	t.Helper()
	tpl, err := report.DefaultTemplate()
	if err != nil {
		t.Fatal(err)
	}
	return tpl
}

// An Option changes how Document makes a document.
type Option func(*options)

type options struct {
	text     []byte
	tertial  string
	created  time.Time
	template *report.Template
}

// Text gives the source's text; path then only names it (and the folder
// its logos are in).
func Text(text []byte) Option { return func(o *options) { o.text = text } }

// Tertial makes the report of a tertial other than the source's latest,
// written as in a source: "2021-T2".
func Tertial(s string) Option { return func(o *options) { o.tertial = s } }

// CreatedAt dates the document.
func CreatedAt(t time.Time) Option { return func(o *options) { o.created = t } }

// WithTemplate uses a template other than the built-in one.
func WithTemplate(tpl *report.Template) Option { return func(o *options) { o.template = tpl } }

// Source loads and checks the source at path (or its text, with Text), and
// fails the test if it is refused.
func Source(t testing.TB, path string, opts ...Option) *report.Source {
	t.Helper()
	o := apply(t, opts)
	var src *report.Source
	var err error
	if o.text != nil {
		src, err = report.Parse(path, o.text, o.template)
	} else {
		src, err = report.Load(path, o.template)
	}
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// Document makes the report of the source at path: of its latest tertial
// with a follow-up unless Tertial says otherwise, with the built-in
// template, dated Created.
func Document(t testing.TB, path string, opts ...Option) *report.Document {
	t.Helper()
	o := apply(t, opts)
	src := Source(t, path, opts...)
	tertial := src.DefaultTertial()
	if o.tertial != "" {
		var err error
		if tertial, err = report.ParseTertial(o.tertial); err != nil {
			t.Fatal(err)
		}
	}
	doc, err := report.NewDocument(src, o.template, tertial, o.created)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func apply(t testing.TB, opts []Option) options {
	o := options{created: Created}
	for _, opt := range opts {
		opt(&o)
	}
	if o.template == nil {
		o.template = Template(t)
	}
	return o
}
