package pdftag

import (
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// checkContent compares the MCIDs drawn in each page's content with the
// marks of the tree: each drawn MCID must be owned by an element, each mark
// must have been drawn, and no MCID may be drawn twice on a page. It also
// checks the marked content itself (see contentChecker).
func (t *tagger) checkContent() error {
	var drawn []bool
	for p, d := range t.pageDict {
		content, err := t.pageContent(d)
		if err != nil {
			return fmt.Errorf("page %d: %w", p+1, err)
		}
		owners := t.owners[p]
		drawn = slices.Grow(drawn[:0], len(owners))[:len(owners)]
		clear(drawn)
		err = checkMarkedContent(content, func(mcid int) error {
			if mcid >= len(owners) || owners[mcid] == 0 {
				return fmt.Errorf("MCID %d is drawn but no element owns it", mcid)
			}
			if drawn[mcid] {
				return fmt.Errorf("MCID %d is drawn twice", mcid)
			}
			drawn[mcid] = true
			return nil
		})
		if err != nil {
			return fmt.Errorf("page %d: %w", p+1, err)
		}
		for mcid, nr := range owners {
			if nr != 0 && !drawn[mcid] {
				return fmt.Errorf("page %d: MCID %d has an element but is not drawn", p+1, mcid)
			}
		}
	}
	return nil
}

// pageContent returns the page's decoded content (its streams joined).
func (t *tagger) pageContent(page types.Dict) ([]byte, error) {
	o, err := t.xrt.Dereference(page["Contents"])
	if err != nil {
		return nil, err
	}
	var streams []types.Object
	switch o := o.(type) {
	case nil:
		return nil, nil
	case types.StreamDict:
		streams = []types.Object{o}
	case types.Array:
		streams = o
	default:
		return nil, fmt.Errorf("unexpected /Contents %T", o)
	}
	var all []byte
	for _, s := range streams {
		so, err := t.xrt.Dereference(s)
		if err != nil {
			return nil, err
		}
		sd, ok := so.(types.StreamDict)
		if !ok {
			return nil, fmt.Errorf("content is %T, not a stream", so)
		}
		if err := sd.Decode(); err != nil {
			return nil, fmt.Errorf("decode content: %w", err)
		}
		if len(streams) == 1 {
			return sd.Content, nil
		}
		all = append(append(all, sd.Content...), '\n')
	}
	return all, nil
}

// paintOps are the operators that put marks on the page; each must be
// inside tagged content or an artifact (Matterhorn 01-005).
var paintOps = map[string]bool{
	"Tj": true, "TJ": true, "'": true, `"`: true, // text
	"S": true, "s": true, "f": true, "F": true, "f*": true, // paths
	"B": true, "B*": true, "b": true, "b*": true,
	"Do": true, "sh": true, "BI": true, // XObjects, shadings, inline images
}

// The kinds of an open marked-content sequence.
type mcKind uint8

const (
	otherMC    mcKind = iota // e.g. optional content (/OC … BDC)
	taggedMC                 // owned by a structure element: has an MCID
	artifactMC               // page furniture
)

// contentChecker follows the tokens of one page's content and checks its
// marked content: BDC has a tag and properties and BMC a tag, sequences
// are balanced, no tagged content or artifact is nested inside tagged
// content or an artifact, and nothing is painted outside them.
type contentChecker struct {
	stack     []mcKind // the open marked-content sequences
	marked    int      // open tagged or artifact sequences
	operands  int      // operands since the last operator
	depth     int      // inside << >> or [ ]
	firstName string   // the first operand, when it is a name
	mcid      int      // the operands' /MCID, or -1
	wantMCID  bool     // the last token was /MCID inside the properties
	onMCID    func(mcid int) error
}

// checkMarkedContent checks a page's content stream (see contentChecker)
// and calls fn for each marked-content sequence with an MCID.
func checkMarkedContent(b []byte, fn func(mcid int) error) error {
	l := &lexer{b: b}
	c := &contentChecker{mcid: -1, onMCID: fn}
	for {
		tok := l.next()
		if tok.kind == tokEOF {
			break
		}
		if err := c.token(tok); err != nil {
			return err
		}
	}
	if len(c.stack) > 0 {
		return fmt.Errorf("%d marked-content sequences are not closed (missing EMC)", len(c.stack))
	}
	return nil
}

func (c *contentChecker) operand() {
	if c.depth == 0 {
		c.operands++
	}
}

func (c *contentChecker) token(tok token) error {
	wantMCID := c.wantMCID
	c.wantMCID = false
	switch tok.kind {
	case tokError:
		return errors.New(tok.text)
	case tokString:
		c.operand()
	case tokOpen:
		c.depth++
	case tokClose:
		if c.depth == 0 {
			return fmt.Errorf("unbalanced %q at offset %d", tok.text[0], tok.pos)
		}
		c.depth--
		c.operand()
	case tokName:
		if c.depth == 0 && c.operands == 0 {
			c.firstName = tok.text
		}
		c.wantMCID = c.depth == 1 && tok.text == "MCID"
		c.operand()
	case tokNumber:
		if wantMCID {
			n, err := strconv.Atoi(tok.text)
			if err != nil || n < 0 {
				return fmt.Errorf("malformed /MCID %s at offset %d", tok.text, tok.pos)
			}
			c.mcid = n
		}
		c.operand()
	case tokKeyword:
		if wantMCID {
			return fmt.Errorf("malformed /MCID %s at offset %d", tok.text, tok.pos)
		}
		if c.depth > 0 || tok.text == "true" || tok.text == "false" || tok.text == "null" {
			c.operand()
			return nil
		}
		err := c.operator(tok.text, tok.pos)
		c.operands, c.firstName, c.mcid = 0, "", -1
		return err
	}
	return nil
}

// operator checks what an operator does to marked content and painting.
func (c *contentChecker) operator(op string, at int) error {
	switch op {
	case "BDC", "BMC":
		want, needs := 1, "a tag"
		if op == "BDC" {
			want, needs = 2, "a tag and properties (use BMC for a bare /Artifact)"
		}
		if c.operands != want || c.firstName == "" {
			return fmt.Errorf("%s at offset %d has %d operands, needs %s", op, at, c.operands, needs)
		}
		kind := otherMC
		switch {
		case c.firstName == "Artifact":
			kind = artifactMC
		case c.mcid >= 0:
			kind = taggedMC
		}
		if kind != otherMC && c.marked > 0 {
			what := "an artifact"
			if kind == taggedMC {
				what = fmt.Sprintf("MCID %d", c.mcid)
			}
			return fmt.Errorf("%s at offset %d is nested inside other tagged content or an artifact", what, at)
		}
		if kind != otherMC {
			c.marked++
		}
		c.stack = append(c.stack, kind)
		if kind == taggedMC {
			return c.onMCID(c.mcid)
		}
	case "EMC":
		if len(c.stack) == 0 {
			return fmt.Errorf("EMC at offset %d closes nothing", at)
		}
		if c.stack[len(c.stack)-1] != otherMC {
			c.marked--
		}
		c.stack = c.stack[:len(c.stack)-1]
	default:
		if paintOps[op] && c.marked == 0 {
			return fmt.Errorf("%s at offset %d paints outside tagged content and artifacts", op, at)
		}
	}
	return nil
}
