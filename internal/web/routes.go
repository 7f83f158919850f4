package web

import "net/http"

// routes are the workspace's addresses. Sources are named by their file
// names in the folder, never by paths.
func (s *Server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("GET /{$}", s.start)
	m.HandleFunc("GET /resurs/{name}", s.asset)
	m.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) })
	m.HandleFunc("POST /mapp", s.openFolder)
	m.HandleFunc("POST /ny", s.newSource)
	m.HandleFunc("GET /k/{name}", s.sourcePage)
	m.HandleFunc("GET /k/{name}/rapport", s.reportFrame)
	m.HandleFunc("GET /k/{name}/fel", s.problemsFragment)
	m.HandleFunc("GET /k/{name}/live", s.live)
	m.HandleFunc("POST /k/{name}/underlag", s.collect)
	m.HandleFunc("POST /k/{name}/forhandsgranska", s.preview)
	m.HandleFunc("POST /k/{name}/for-in", s.takeIn)
	m.HandleFunc("POST /k/{name}/skriv", s.write)
	m.HandleFunc("POST /k/{name}/bygg", s.build)
	m.HandleFunc("GET /fil/{dir}/{name}", s.file)
	s.mux = m
}
