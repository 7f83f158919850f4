package safefile

import (
	"os"
	"path/filepath"
)

// A Lock is the lock of one file, held by this process until Unlock.
type Lock struct{ f *os.File }

// LockName is the file beside target whose OS lock stands for target's:
// ".NAME.lock". It stays when the lock is let go: removing it could let
// two processes each lock a file of that name.
func LockName(target string) string {
	return filepath.Join(filepath.Dir(target), "."+cut(filepath.Base(target), 200)+".lock")
}

// LockFile takes the lock of target (a file, its links resolved), waiting
// while another process, or another call in this one, holds it. waiting,
// when set, is called before it waits.
func LockFile(target string, waiting func()) (*Lock, error) {
	f, err := os.OpenFile(LockName(target), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	hide(f.Name())
	got, err := tryLock(f)
	if err == nil && !got {
		if waiting != nil {
			waiting()
		}
		err = lock(f)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return &Lock{f}, nil
}

// Unlock lets the lock go. The OS lets it go too when the process ends.
func (l *Lock) Unlock() error {
	err := unlock(l.f)
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	return err
}
