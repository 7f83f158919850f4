package pdftag

import (
	"errors"
	"fmt"
	"strings"
)

// standardRoles are the standard structure types of ISO 32000-1 14.8.4.
var standardRoles = map[string]bool{
	"Document": true, "Part": true, "Art": true, "Sect": true, "Div": true,
	"BlockQuote": true, "Caption": true, "TOC": true, "TOCI": true, "Index": true,
	"NonStruct": true, "Private": true,
	"H": true, "H1": true, "H2": true, "H3": true, "H4": true, "H5": true, "H6": true,
	"P": true, "L": true, "LI": true, "Lbl": true, "LBody": true,
	"Table": true, "TR": true, "TH": true, "TD": true, "THead": true, "TBody": true, "TFoot": true,
	"Span": true, "Quote": true, "Note": true, "Reference": true, "BibEntry": true,
	"Code": true, "Link": true, "Annot": true,
	"Ruby": true, "RB": true, "RT": true, "RP": true, "Warichu": true, "WT": true, "WP": true,
	"Figure": true, "Formula": true, "Form": true,
}

// allowedKids restricts the children of table and list elements
// (ISO 32000-1 14.8.4.3.3 and 14.8.4.3.4; Matterhorn 09-004, 09-005).
var allowedKids = map[string]map[string]bool{
	"Table": {"Caption": true, "THead": true, "TBody": true, "TFoot": true, "TR": true},
	"THead": {"TR": true},
	"TBody": {"TR": true},
	"TFoot": {"TR": true},
	"TR":    {"TH": true, "TD": true},
	"L":     {"Caption": true, "LI": true},
	"LI":    {"Lbl": true, "LBody": true},
}

// requiredParent restricts where table and list elements may appear.
var requiredParent = map[string]map[string]bool{
	"THead": {"Table": true},
	"TBody": {"Table": true},
	"TFoot": {"Table": true},
	"TR":    {"Table": true, "THead": true, "TBody": true, "TFoot": true},
	"TH":    {"TR": true},
	"TD":    {"TR": true},
	"LI":    {"L": true},
	"LBody": {"LI": true},
}

func checkRole(n *Node, parentRole string) error {
	if !standardRoles[n.Role] {
		return fmt.Errorf("%q is not a standard structure type", n.Role)
	}
	if parentRole != "" {
		if allowed, ok := allowedKids[parentRole]; ok && !allowed[n.Role] {
			return fmt.Errorf("%s inside %s", n.Role, parentRole)
		}
	}
	if parents, ok := requiredParent[n.Role]; ok && !parents[parentRole] {
		if parentRole == "" {
			return fmt.Errorf("%s at the top of the tree", n.Role)
		}
		return fmt.Errorf("%s inside %s", n.Role, parentRole)
	}
	if n.Role == "Figure" && strings.TrimSpace(n.Alt) == "" {
		return errors.New("a Figure without alternative text")
	}
	switch n.Scope {
	case "", "Column", "Row", "Both":
	default:
		return fmt.Errorf("%s: invalid scope %q", n.Role, n.Scope)
	}
	if n.Scope != "" && n.Role != "TH" {
		return fmt.Errorf("%s: scope on an element that is not TH", n.Role)
	}
	return nil
}

// headingLevel returns 1…6 for H1…H6, 0 otherwise.
func headingLevel(role string) int {
	if len(role) == 2 && role[0] == 'H' && role[1] >= '1' && role[1] <= '6' {
		return int(role[1] - '0')
	}
	return 0
}
