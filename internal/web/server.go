package web

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/safefile"
)

// Config is how a workspace is served.
type Config struct {
	Folder   string           // the folder whose sources are shown first
	Template *report.Template // the report's words and rules
	Lang     msg.Lang
	// Today is the day the round's tertial and new files are dated by
	// (SOURCE_DATE_EPOCH or the clock).
	Today func() time.Time
	// Recent is the file the folders opened before are remembered in;
	// "" remembers none.
	Recent string
	// Poll is how often a shown source is looked at for a save; 0 is
	// 200 ms, so that a report follows a save within a second.
	Poll  time.Duration
	Files safefile.Options
}

// Server is one workspace session.
type Server struct {
	cfg   Config
	token string
	host  string // the loopback address listened on; "" is 127.0.0.1
	port  int    // the port Host must name; set by Serve, SetAddr or SetPort

	mu     sync.Mutex
	folder string
	shown  map[string]*shownReport // the last good report of each source
	sent   *uploads

	stop  context.Context // ended when the server is shut down
	quit  context.CancelFunc
	mux   *http.ServeMux
	pages *pages
}

// New makes a workspace session with a new secret.
func New(cfg Config) (*Server, error) {
	secret := make([]byte, 16) // 128 bits
	if _, err := rand.Read(secret); err != nil {
		return nil, err
	}
	if cfg.Poll == 0 {
		cfg.Poll = 200 * time.Millisecond
	}
	if cfg.Today == nil {
		cfg.Today = time.Now
	}
	s := &Server{cfg: cfg, token: hex.EncodeToString(secret), folder: cfg.Folder,
		shown: map[string]*shownReport{}, sent: newUploads()}
	var err error
	if s.pages, err = makePages(cfg.Lang); err != nil {
		return nil, err
	}
	s.stop, s.quit = context.WithCancel(context.Background())
	s.routes()
	s.remember(cfg.Folder)
	return s, nil
}

// Token is the session's secret.
func (s *Server) Token() string { return s.token }

// SetPort tells the server the port it is reached on, which the Host
// header of every request must name.
func (s *Server) SetPort(port int) { s.port = port }

// SetAddr tells the server the address it listens on: the address it
// opens names it, since [::1] or 127.0.0.2 is not reached at 127.0.0.1,
// and so may every request's Host header.
func (s *Server) SetAddr(a *net.TCPAddr) {
	s.host, s.port = a.IP.String(), a.Port
}

// URL is the address that opens the workspace at path, with the secret.
func (s *Server) URL(path string) string {
	host := s.host
	if host == "" {
		host = "127.0.0.1"
	}
	u := url.URL{Scheme: "http", Host: net.JoinHostPort(host, strconv.Itoa(s.port)), Path: path,
		RawQuery: url.Values{"token": {s.token}}.Encode()}
	return u.String()
}

// ErrNotLoopback is an address to listen on that other computers could
// reach.
var ErrNotLoopback = errors.New("not a loopback address")

// Listen listens on addr, which must be a loopback address ("127.0.0.1:0",
// "[::1]:8080", "localhost:0"): the workspace is never reachable from
// another computer.
func Listen(addr string) (net.Listener, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	if host == "localhost" {
		host = "127.0.0.1"
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return nil, ErrNotLoopback
	}
	return net.Listen("tcp", net.JoinHostPort(ip.String(), port))
}

// Serve serves the workspace on l until Shutdown.
func (s *Server) Serve(l net.Listener) error {
	s.SetAddr(l.Addr().(*net.TCPAddr))
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return s.stop },
	}
	go func() {
		<-s.stop.Done()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}()
	err := srv.Serve(l)
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

// Shutdown ends the session: live pages are told to stop and Serve
// returns.
func (s *Server) Shutdown() { s.quit() }

// Folder is the folder the workspace shows.
func (s *Server) Folder() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.folder
}

func (s *Server) setFolder(dir string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.folder = dir
	s.shown = map[string]*shownReport{}
}
