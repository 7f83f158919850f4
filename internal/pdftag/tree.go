package pdftag

import (
	"errors"
	"fmt"
	"slices"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// element writes the structure element for n and its descendants as new
// objects. It returns a reference to the element and the position of its
// first content ((page<<32)|MCID, -1 if it has none).
func (t *tagger) element(n *Node, parentNr int, parentRole string, depth int) (types.IndirectRef, int64, error) {
	if n == nil {
		return types.IndirectRef{}, 0, fmt.Errorf("nil element inside %s", parentRole)
	}
	if t.visited[n] {
		return types.IndirectRef{}, 0, fmt.Errorf("element %s appears twice in the tree", n.Role)
	}
	t.visited[n] = true
	if depth > maxTreeDepth {
		return types.IndirectRef{}, 0, errors.New("structure tree is too deep")
	}
	if err := checkRole(n, parentRole); err != nil {
		return types.IndirectRef{}, 0, err
	}
	if lvl := headingLevel(n.Role); lvl > 0 {
		if lvl > t.heading+1 {
			if t.heading == 0 {
				return types.IndirectRef{}, 0, fmt.Errorf("the first heading is %s, not H1", n.Role)
			}
			return types.IndirectRef{}, 0, fmt.Errorf("heading levels skip from H%d to %s", t.heading, n.Role)
		}
		t.heading = lvl
	}

	nr := t.alloc()
	self := *types.NewIndirectRef(nr, 0)
	pg, err := t.own(n, nr)
	if err != nil {
		return self, 0, err
	}
	kidRefs := make([]types.IndirectRef, len(n.Kids))
	kidPos := make([]int64, len(n.Kids))
	for i, k := range n.Kids {
		ref, pos, err := t.element(k, nr, n.Role, depth+1)
		if err != nil {
			return self, 0, err
		}
		kidRefs[i], kidPos[i] = ref, pos
	}
	k, first := t.kids(n, pg, kidRefs, kidPos)
	objrs, err := t.annotations(n, nr)
	if err != nil {
		return self, 0, err
	}
	k = append(k, objrs...)

	d := types.Dict{
		"Type": types.Name("StructElem"),
		"S":    types.Name(n.Role),
		"P":    *types.NewIndirectRef(parentNr, 0),
	}
	if len(k) > 0 {
		d["K"] = k
	}
	if pg > 0 {
		d["Pg"] = t.pages[pg-1]
	}
	if n.Alt != "" {
		d["Alt"] = pdfText(n.Alt)
	}
	if n.ActualText != "" {
		d["ActualText"] = pdfText(n.ActualText)
	}
	if n.Role == "TH" {
		scope := n.Scope
		if scope == "" {
			scope = "Column"
		}
		d["A"] = types.Dict{"O": types.Name("Table"), "Scope": types.Name(scope)}
	}
	t.set(nr, d)
	return self, first, nil
}

// own records element nr as the owner of n's marks. It returns the page
// of the first mark, where the element is said to be (0 if it has none).
func (t *tagger) own(n *Node, nr int) (page int, err error) {
	for _, m := range n.Marks {
		if m.Page < 1 || m.Page > len(t.pages) {
			return 0, fmt.Errorf("%s: mark on page %d, the PDF has %d pages", n.Role, m.Page, len(t.pages))
		}
		if m.MCID < 0 || m.MCID >= maxMCID {
			return 0, fmt.Errorf("%s: MCID %d on page %d out of range", n.Role, m.MCID, m.Page)
		}
		o := t.owners[m.Page-1]
		if m.MCID >= len(o) {
			o = slices.Grow(o, m.MCID+1-len(o))[:m.MCID+1]
			t.owners[m.Page-1] = o
		}
		if o[m.MCID] != 0 {
			return 0, fmt.Errorf("%s: page %d MCID %d is owned by two elements", n.Role, m.Page, m.MCID)
		}
		o[m.MCID] = nr
		if page == 0 {
			page = m.Page
		}
	}
	return page, nil
}

// kids merges n's marks and its kids, each in its own order, by the
// position of their first content, into the element's /K array. A mark on
// another page than the element's (page) is a marked-content reference. It
// also returns the position of the element's first content, -1 if none.
func (t *tagger) kids(n *Node, page int, refs []types.IndirectRef, pos []int64) (types.Array, int64) {
	k := make(types.Array, 0, len(n.Marks)+len(n.Kids))
	first := int64(-1)
	mi, ki := 0, 0
	for mi < len(n.Marks) || ki < len(n.Kids) {
		takeKid := ki < len(n.Kids) &&
			(mi == len(n.Marks) || pos[ki] < 0 || pos[ki] < markPos(n.Marks[mi]))
		if takeKid {
			k = append(k, refs[ki])
			if first < 0 {
				first = pos[ki]
			}
			ki++
			continue
		}
		m := n.Marks[mi]
		if m.Page == page {
			k = append(k, types.Integer(m.MCID))
		} else {
			k = append(k, types.Dict{
				"Type": types.Name("MCR"),
				"Pg":   t.pages[m.Page-1],
				"MCID": types.Integer(m.MCID),
			})
		}
		if first < 0 {
			first = markPos(m)
		}
		mi++
	}
	return k, first
}

func markPos(m Mark) int64 { return int64(m.Page)<<32 | int64(m.MCID) }

// parentTree writes the number tree that maps each page's StructParents
// key to the array, indexed by MCID, of the elements owning the MCIDs
// (null for an MCID that is not used). Every page has an entry, so every
// /StructParents key resolves, even on a page with only artifacts. More
// than parentTreeLeaves pages get a two-level tree with /Limits.
func (t *tagger) parentTree() (types.IndirectRef, error) {
	rootNr := t.alloc()
	var nums types.Array
	var keys []int
	emptyNr := 0 // one empty array shared by the pages without tagged content
	for p, o := range t.owners {
		if len(o) == 0 {
			if emptyNr == 0 {
				emptyNr = t.alloc()
				t.set(emptyNr, types.Array{})
			}
			nums = append(nums, types.Integer(p), *types.NewIndirectRef(emptyNr, 0))
			keys = append(keys, p)
			continue
		}
		a := make(types.Array, len(o))
		for mcid, nr := range o {
			if nr != 0 {
				a[mcid] = *types.NewIndirectRef(nr, 0)
			}
		}
		arrNr := t.alloc()
		t.set(arrNr, a)
		nums = append(nums, types.Integer(p), *types.NewIndirectRef(arrNr, 0))
		keys = append(keys, p)
	}
	// An annotation's key leads straight to the element that owns it.
	for i, a := range t.annots {
		nums = append(nums, types.Integer(a.key), *types.NewIndirectRef(t.annotOwner[i], 0))
		keys = append(keys, a.key)
	}
	if len(keys) <= parentTreeLeaves {
		t.set(rootNr, types.Dict{"Nums": nums})
		return *types.NewIndirectRef(rootNr, 0), nil
	}
	var kids types.Array
	for i := 0; i < len(keys); i += parentTreeLeaves {
		j := min(i+parentTreeLeaves, len(keys))
		leafNr := t.alloc()
		t.set(leafNr, types.Dict{
			"Limits": types.Array{types.Integer(keys[i]), types.Integer(keys[j-1])},
			"Nums":   nums[2*i : 2*j],
		})
		kids = append(kids, *types.NewIndirectRef(leafNr, 0))
	}
	t.set(rootNr, types.Dict{"Kids": kids})
	return *types.NewIndirectRef(rootNr, 0), nil
}
