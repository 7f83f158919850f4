//go:build !windows

package main

// ownConsole tells whether the program runs in a console window of its
// own that closes when it ends. Only Windows opens one for a program
// started from its file manager.
func ownConsole() bool { return false }
