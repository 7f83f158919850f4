package pdftag

import (
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// An outline with nested items, as fpdf writes it (every /Count 0), comes
// out valid: an item with kids counts them, the root counts all items.
func TestTagOutlineCounts(t *testing.T) {
	d := newTestDoc(t, testInfo)
	d.f.AddPage()
	h := el("H1")
	d.f.Bookmark("Rubrik", 0, 20)
	d.f.Bookmark("Löfte 1", 1, 40)
	d.f.Bookmark("Löfte 2", 1, 60)
	d.f.Bookmark("Underskrifter", 0, 80)
	d.text(h, 20, 20, "Rubrik")
	out, err := testConfig.Tag(d.bytes(t), el("Document", h), testInfo)
	if err != nil {
		t.Fatal(err)
	}
	validateStrict(t, out)
	ctx := readBack(t, out)
	cat, _ := ctx.Catalog()
	root, _ := deref(t, ctx, cat["Outlines"]).(types.Dict)
	if c := root.IntEntry("Count"); c == nil || *c != 4 {
		t.Errorf("outline root /Count = %v, want 4", root["Count"])
	}
	first, _ := deref(t, ctx, root["First"]).(types.Dict)
	if c := first.IntEntry("Count"); c == nil || *c != 2 {
		t.Errorf("first item's /Count = %v, want 2", first["Count"])
	}
	last, _ := deref(t, ctx, root["Last"]).(types.Dict)
	if c := last.IntEntry("Count"); c != nil && *c != 0 {
		t.Errorf("last item's /Count = %v, want none or 0", last["Count"])
	}
}
