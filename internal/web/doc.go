// Package web is the coordinator's workspace: the tertial round in the
// browser, served by the program on the coordinator's own PC.
//
//	browser ──HTTP on loopback──▶ guard (Host, token cookie, Origin, CSP)
//	                                 │
//	                 pages (html/template, embedded; words from msg)
//	                                 │
//	     round and report: status, collect, preview, import, edit, build
//	                                 │
//	                     the chosen folder: sources, underlag/, rapporter/
//
// The package holds only HTTP, pages and the session. Everything a page
// does to a file it does with the functions the commands use
// (internal/report and internal/report/round), so a page and a command
// given the same choices write the same bytes.
//
// It is a server, reachable from any page the coordinator visits, so it
// is guarded like one (guard.go): it listens on loopback only; each
// request must carry the session's secret, given once in the address the
// program opens and then kept in an HttpOnly, SameSite=Strict cookie; the
// Host header must name the loopback address (DNS rebinding); a request
// that changes anything must be a POST from the workspace's own origin;
// and the Content-Security-Policy lets no script run but the workspace's
// own file. Files are named by the browser only by name, never by path,
// and are looked up in the chosen folder.
package web
