package pdftag

import (
	"errors"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// fixOutline gives each outline item that has items below it the number of
// those items as its /Count (positive: shown open), and the outline's root
// the number of items shown: fpdf writes /Count 0 on every item, which
// ISO 32000-1 12.3.3 allows only for items without kids.
func (t *tagger) fixOutline(catalog types.Dict) error {
	ref, ok := catalog["Outlines"].(types.IndirectRef)
	if !ok {
		return nil
	}
	seen := map[int]bool{}
	// count sets /Count on the items from first on, and their kids, and
	// returns how many items it has seen.
	var count func(first types.Object, depth int) (int, error)
	count = func(first types.Object, depth int) (int, error) {
		n := 0
		for o := first; o != nil; {
			r, ok := o.(types.IndirectRef)
			if !ok {
				return 0, errors.New("outline item is not a reference")
			}
			nr := r.ObjectNumber.Value()
			if seen[nr] || depth > 64 {
				return 0, errors.New("outline has a cycle")
			}
			seen[nr] = true
			d, err := t.xrt.DereferenceDict(r)
			if err != nil || d == nil {
				return 0, errors.New("outline item is not a dictionary")
			}
			kids, err := count(d["First"], depth+1)
			if err != nil {
				return 0, err
			}
			if kids > 0 {
				d["Count"] = types.Integer(kids)
				t.modified[nr] = true
			}
			n += 1 + kids
			o = d["Next"]
		}
		return n, nil
	}
	root, err := t.xrt.DereferenceDict(ref)
	if err != nil || root == nil {
		return errors.New("outline root is not a dictionary")
	}
	n, err := count(root["First"], 0)
	if err != nil {
		return err
	}
	root["Count"] = types.Integer(n)
	t.modified[ref.ObjectNumber.Value()] = true
	return nil
}
