package pdftag

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"slices"
	"strconv"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// pack puts the update's dictionaries and arrays into compressed object
// streams (ISO 32000-1 7.5.7): written one by one, a structure element
// costs about 100 bytes and a 450-page report would grow tenfold. It
// returns the objects pdfcpu must write itself, ascending: the object
// streams and what cannot go into one (streams, generation ≠ 0).
func (t *tagger) pack() ([]int, error) {
	all := make([]int, 0, len(t.modified)+len(t.newObjs))
	for nr := range t.modified {
		all = append(all, nr)
	}
	all = append(all, t.newObjs...)
	slices.Sort(all)

	var direct, packed []int
	for _, nr := range all {
		e := t.xrt.Table[nr]
		switch e.Object.(type) {
		case types.Dict, types.Array:
			if e.Generation != nil && *e.Generation == 0 {
				packed = append(packed, nr)
				continue
			}
		}
		direct = append(direct, nr)
	}

	var prolog, body []byte
	var zbuf bytes.Buffer
	zw := zlib.NewWriter(&zbuf)
	for start := 0; start < len(packed); start += objectStreamSize {
		chunk := packed[start:min(start+objectStreamSize, len(packed))]
		osNr := t.alloc()
		prolog, body = prolog[:0], body[:0]
		for i, nr := range chunk {
			e := t.xrt.Table[nr]
			if i > 0 {
				prolog = append(prolog, ' ')
			}
			prolog = strconv.AppendInt(prolog, int64(nr), 10)
			prolog = append(prolog, ' ')
			prolog = strconv.AppendInt(prolog, int64(len(body)), 10)
			body = appendPDF(body, e.Object)
			body = append(body, '\n')

			idx := i
			e.Compressed = true
			e.ObjectStream = &osNr
			e.ObjectStreamInd = &idx
			t.ctx.Write.Table[nr] = 0 // listed in the xref stream as compressed
		}
		prolog = append(prolog, '\n')
		zbuf.Reset()
		zw.Reset(&zbuf)
		_, _ = zw.Write(prolog)
		_, _ = zw.Write(body)
		if err := zw.Close(); err != nil {
			return nil, fmt.Errorf("object stream: %w", err)
		}
		raw := slices.Clone(zbuf.Bytes())
		t.set(osNr, types.StreamDict{
			Dict: types.Dict{
				"Type":   types.Name("ObjStm"),
				"N":      types.Integer(len(chunk)),
				"First":  types.Integer(len(prolog)),
				"Filter": types.Name("FlateDecode"),
				"Length": types.Integer(len(raw)),
			},
			Raw:          raw,
			StreamLength: int64Ptr(int64(len(raw))),
		})
		direct = append(direct, osNr)
	}
	slices.Sort(direct)
	return direct, nil
}

func int64Ptr(i int64) *int64 { return &i }

// appendPDF appends the PDF syntax of o to b. It does what o.PDFString()
// does, without fmt, for the objects tag writes by the ten thousand.
func appendPDF(b []byte, o types.Object) []byte {
	switch o := o.(type) {
	case nil:
		return append(b, "null"...)
	case types.Integer:
		return strconv.AppendInt(b, int64(o), 10)
	case types.IndirectRef:
		b = strconv.AppendInt(b, int64(o.ObjectNumber), 10)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(o.GenerationNumber), 10)
		return append(b, " R"...)
	case types.Array:
		b = append(b, '[')
		for i, v := range o {
			if i > 0 {
				b = append(b, ' ')
			}
			b = appendPDF(b, v)
		}
		return append(b, ']')
	case types.Dict:
		keys := make([]string, 0, len(o))
		for k := range o {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		b = append(b, "<<"...)
		for i, k := range keys {
			if i > 0 {
				b = append(b, ' ')
			}
			b = append(b, '/')
			b = append(b, types.EncodeName(k)...)
			b = append(b, ' ')
			b = appendPDF(b, o[k])
		}
		return append(b, ">>"...)
	}
	return append(b, o.PDFString()...)
}
