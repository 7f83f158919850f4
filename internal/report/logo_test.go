package report_test

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// parseWithLogos parses a source in dir whose logos line is logos, and
// returns its logos, or what it is refused with ("" when accepted).
func parseWithLogos(t *testing.T, dir, logos string) ([]report.Logo, string) {
	t.Helper()
	text := "title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\nlogos = " + logos +
		"\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n"
	src, err := report.Parse(filepath.Join(dir, "x.toml"), []byte(text), reporttest.Template(t))
	if err != nil {
		return nil, msg.Text(err, msg.English)
	}
	return src.Logos, ""
}

// tinyPNG is a valid 1×1 PNG image.
func tinyPNG(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 1, 1))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// jpegHeader is the start of a baseline grey JPEG of w×h pixels: enough
// for its size to be read, not for its pixels to be decoded.
func jpegHeader(w, h int) []byte {
	b := []byte{0xFF, 0xD8} // start of image
	// The frame: 8 bits a sample, the height and width, one component.
	b = append(b, 0xFF, 0xC0, 0, 11, 8, byte(h>>8), byte(h), byte(w>>8), byte(w), 1, 1, 0x11, 0)
	// The start of the scan, without the tables its data would need.
	b = append(b, 0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 63, 0)
	return append(b, 0xFF, 0xD9) // end of image
}

func writeLogoFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestLogoCountLimit: the logo row holds up to 8 logos; a ninth is refused
// with the number the source lists.
func TestLogoCountLimit(t *testing.T) {
	dir := t.TempDir()
	writeLogoFile(t, filepath.Join(dir, "logo.png"), tinyPNG(t))
	list := func(n int) string { return "[" + strings.TrimSuffix(strings.Repeat(`"logo.png", `, n), ", ") + "]" }
	logos, refused := parseWithLogos(t, dir, list(report.MaxLogos))
	if refused != "" || len(logos) != report.MaxLogos {
		t.Errorf("%d logos: got %d logos, refused with %q; want all accepted", report.MaxLogos, len(logos), refused)
	}
	_, refused = parseWithLogos(t, dir, list(report.MaxLogos+1))
	if want := fmt.Sprintf("x.toml:4:9: logos lists %d images; at most %d fit in the logo row", report.MaxLogos+1, report.MaxLogos); !strings.Contains(refused, want) {
		t.Errorf("%d logos: got %q, want %q", report.MaxLogos+1, refused, want)
	}
}

// TestLogoFileSizeLimit: a logo file of exactly 10 MB is read whole and
// accepted; one byte more is refused as too large, even though the image
// in it is valid.
func TestLogoFileSizeLimit(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "big.png")
	// A PNG image ends where its last chunk does: the padding after it is
	// never decoded, so the file is a valid image of any size.
	data := tinyPNG(t)
	data = append(data, make([]byte, report.MaxLogoBytes-len(data))...)
	writeLogoFile(t, path, data)
	logos, refused := parseWithLogos(t, dir, `["big.png"]`)
	if refused != "" || len(logos) != 1 || len(logos[0].Data) != report.MaxLogoBytes {
		t.Fatalf("a logo of exactly %d bytes: refused with %q, %d logos", report.MaxLogoBytes, refused, len(logos))
	}
	writeLogoFile(t, path, append(data, 0))
	_, refused = parseWithLogos(t, dir, `["big.png"]`)
	if want := `x.toml:4:10: logo "big.png" is larger than 10 MB; save a smaller image`; !strings.Contains(refused, want) {
		t.Errorf("a logo one byte over the limit: got %q, want %q", refused, want)
	}
}

// TestLogoPixelLimit: an image of up to 40 megapixels is decoded; one row
// more is refused before decoding, with its size. The files here hold only
// a JPEG header, so an image that gets to be decoded is told to be damaged.
func TestLogoPixelLimit(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		w, h int
		want string
	}{
		{8000, 5000, `logo "img.jpg" is damaged: a JPEG image that cannot be decoded`},
		{8000, 5001, `logo "img.jpg" is 8000×5001 pixels; at most 40 megapixels are accepted, save a smaller image`},
		{5001, 8000, `logo "img.jpg" is 5001×8000 pixels; at most 40 megapixels are accepted`},
	} {
		writeLogoFile(t, filepath.Join(dir, "img.jpg"), jpegHeader(c.w, c.h))
		_, refused := parseWithLogos(t, dir, `["img.jpg"]`)
		if !strings.Contains(refused, "x.toml:4:10: "+c.want) {
			t.Errorf("%d×%d: got %q, want %q", c.w, c.h, refused, c.want)
		}
	}
}

// TestLogoWithoutPixelsRefused: a JPEG may say it is 0 pixels wide or
// high, and decodes to an empty image; it would print as nothing, so it is
// refused with its size.
func TestLogoWithoutPixelsRefused(t *testing.T) {
	dir := t.TempDir()
	for _, c := range [][2]int{{0, 1}, {1, 0}, {0, 0}} {
		writeLogoFile(t, filepath.Join(dir, "empty.jpg"), jpegHeader(c[0], c[1]))
		logos, refused := parseWithLogos(t, dir, `["empty.jpg"]`)
		if want := fmt.Sprintf(`x.toml:4:10: logo "empty.jpg" has no pixels (it is %d×%d); save the image again from an image program`, c[0], c[1]); !strings.Contains(refused, want) {
			t.Errorf("%d×%d: got %q (%d logos), want %q", c[0], c[1], refused, len(logos), want)
		}
	}
}
