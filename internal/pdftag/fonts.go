package pdftag

import (
	"crypto/sha1"
	"maps"
	"slices"
	"strings"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// tagSubsetFonts gives each embedded font the six-letter tag that marks a
// subset ("ABCDEF+LiberationSans", ISO 32000-1 9.6.4): fpdf embeds only the
// glyphs a document uses but names the font as if it were whole. The tag
// comes from the font's name, so every build writes the same.
func (t *tagger) tagSubsetFonts() error {
	done := map[int]bool{}
	rename := func(o types.Object, key, name string) (types.Dict, error) {
		ref, ok := o.(types.IndirectRef)
		if !ok {
			return nil, nil
		}
		d, err := t.xrt.DereferenceDict(ref)
		if err != nil || d == nil {
			return nil, err
		}
		d[key] = types.Name(name)
		t.modified[ref.ObjectNumber.Value()] = true
		return d, nil
	}
	for _, page := range t.pageDict {
		res, err := t.xrt.DereferenceDict(page["Resources"])
		if err != nil || res == nil {
			return err
		}
		fonts, err := t.xrt.DereferenceDict(res["Font"])
		if err != nil || fonts == nil {
			return err
		}
		for _, key := range slices.Sorted(maps.Keys(fonts)) {
			ref, ok := fonts[key].(types.IndirectRef)
			if !ok || done[ref.ObjectNumber.Value()] {
				continue
			}
			done[ref.ObjectNumber.Value()] = true
			font, err := t.xrt.DereferenceDict(ref)
			if err != nil {
				return err
			}
			base := font.NameEntry("BaseFont")
			if st := font.NameEntry("Subtype"); st == nil || *st != "Type0" || base == nil || strings.Contains(*base, "+") {
				continue
			}
			psName := *base
			if n, ok := t.info.FontNames[psName]; ok {
				psName = n
			}
			sum := sha1.Sum([]byte(psName))
			var prefix [6]byte
			for i := range prefix {
				prefix[i] = 'A' + sum[i]%26
			}
			name := string(prefix[:]) + "+" + psName
			if _, err := rename(ref, "BaseFont", name); err != nil {
				return err
			}
			for _, d := range font.ArrayEntry("DescendantFonts") {
				cid, err := rename(d, "BaseFont", name)
				if err != nil || cid == nil {
					return err
				}
				if _, err := rename(cid["FontDescriptor"], "FontName", name); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
