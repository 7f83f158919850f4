package pdftag

import (
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// Annot is an annotation a structure element owns: a link's clickable
// area, the Index-th entry of its page's /Annots.
type Annot struct {
	Page     int    // from 1
	Index    int    // from 0, in the order the annotations were drawn
	Contents string // its text alternative, written as /Contents when it has none
}

// annotRef is an annotation made an object of its own, as an object
// reference (/OBJR) needs, with its parent tree key.
type annotRef struct {
	ref  types.IndirectRef
	page int // from 1
	key  int // its /StructParent
}

// annotations makes each annotation that n owns an object of its own, with
// /StructParent and /Contents, and returns the object references to put
// among n's kids (ISO 32000-1 14.7.4.3; PDF/UA's rule that a link
// annotation is in the Link element of its text). owner is n's object.
func (t *tagger) annotations(n *Node, owner int) (types.Array, error) {
	var kids types.Array
	for _, a := range n.Annots {
		if a.Page < 1 || a.Page > len(t.pages) {
			return nil, fmt.Errorf("%s: annotation on page %d, the PDF has %d pages", n.Role, a.Page, len(t.pages))
		}
		list, err := t.pageAnnots(a.Page)
		if err != nil {
			return nil, err
		}
		if a.Index < 0 || a.Index >= len(list) {
			return nil, fmt.Errorf("%s: annotation %d on page %d, which has %d", n.Role, a.Index, a.Page, len(list))
		}
		var dict types.Dict
		var nr int
		switch x := list[a.Index].(type) {
		case types.Dict:
			dict, nr = x.Clone().(types.Dict), t.alloc()
			list[a.Index] = *types.NewIndirectRef(nr, 0)
		case types.IndirectRef:
			d, err := t.xrt.DereferenceDict(x)
			if err != nil || d == nil {
				return nil, fmt.Errorf("page %d annotation %d: %v", a.Page, a.Index, err)
			}
			dict, nr = d, x.ObjectNumber.Value()
			t.modified[nr] = true
		default:
			return nil, fmt.Errorf("page %d annotation %d is a %T", a.Page, a.Index, x)
		}
		if _, owned := dict["StructParent"]; owned {
			return nil, fmt.Errorf("%s: annotation %d on page %d is owned by two elements", n.Role, a.Index, a.Page)
		}
		key := len(t.pages) + len(t.annots)
		dict["StructParent"] = types.Integer(key)
		if _, ok := dict["Contents"]; !ok && a.Contents != "" {
			dict["Contents"] = pdfText(a.Contents)
		}
		t.set(nr, dict)
		ref := *types.NewIndirectRef(nr, 0)
		t.annots = append(t.annots, annotRef{ref: ref, page: a.Page, key: key})
		t.annotOwner = append(t.annotOwner, owner)
		kids = append(kids, types.Dict{"Type": types.Name("OBJR"), "Obj": ref, "Pg": t.pages[a.Page-1]})
	}
	return kids, nil
}

// pageAnnots is the /Annots array of a page, which the tagger may change:
// an array written in the page itself, or one of its own, then marked as
// changed.
func (t *tagger) pageAnnots(page int) (types.Array, error) {
	d := t.pageDict[page-1]
	switch a := d["Annots"].(type) {
	case types.Array:
		return a, nil
	case types.IndirectRef:
		arr, err := t.xrt.DereferenceArray(a)
		if err != nil {
			return nil, fmt.Errorf("page %d: annotations: %v", page, err)
		}
		t.modified[a.ObjectNumber.Value()] = true
		return arr, nil
	}
	return nil, fmt.Errorf("page %d has no annotations", page)
}

// checkAnnotations wants every annotation of every page owned by an
// element: PDF/UA's rule that annotations are tagged (Matterhorn 28-xxx).
func (t *tagger) checkAnnotations() error {
	for p, d := range t.pageDict {
		if _, ok := d["Annots"]; !ok {
			continue
		}
		list, err := t.pageAnnots(p + 1)
		if err != nil {
			return err
		}
		for i, o := range list {
			owned := false
			if ref, ok := o.(types.IndirectRef); ok {
				if d, err := t.xrt.DereferenceDict(ref); err == nil && d != nil {
					_, owned = d["StructParent"]
				}
			}
			if !owned {
				return fmt.Errorf("page %d: annotation %d is not owned by any element", p+1, i)
			}
		}
	}
	return nil
}
