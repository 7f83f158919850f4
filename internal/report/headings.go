package report

import "uppfoljning/internal/msg"

// A table heading deleted or never written makes the keys below it land
// in the table above, where the decoder sees them as keys of the wrong
// table. The syntax errors of such a mistake are told in syntax.go; what
// decodes without one is told here, once, naming the missing heading.

// activityInFollowup tells of an activity whose [[promise.activity]]
// heading was deleted: its keys land in the follow-up above it. It is told
// once, at the first of them; the follow-up does not tell of them again.
func (d *decoder) activityInFollowup(t map[string]any, path string) bool {
	if !hasActivityKeys(t) {
		return false
	}
	at := len(d.sm.file.Text)
	for _, k := range []string{"text", "responsible"} {
		if _, ok := t[k]; ok {
			at = min(at, d.sm.keySpan(joinPath(path, k)).Offset)
		}
	}
	d.errorAt(point(at), msg.ActivityHeaderMissing, d.sm.pos(at).Line)
	return true
}

// hasActivityKeys tells whether a follow-up's table holds an activity's
// keys.
func hasActivityKeys(t map[string]any) bool {
	_, text := t["text"]
	_, responsible := t["responsible"]
	return text || responsible
}
