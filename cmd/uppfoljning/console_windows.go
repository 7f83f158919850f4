package main

import (
	"syscall"
	"unsafe"
)

var (
	kernel32              = syscall.NewLazyDLL("kernel32.dll")
	getConsoleProcessList = kernel32.NewProc("GetConsoleProcessList")
)

// ownConsole tells whether the program runs in a console window of its
// own, which Windows closes when the program ends: started by a double
// click or a file dropped on it, the console's process list holds only
// this program. From a terminal it holds the terminal's shell too. And
// standard input must be a console, or there is no one to press Enter.
func ownConsole() bool {
	var mode uint32
	if syscall.GetConsoleMode(syscall.Stdin, &mode) != nil {
		return false
	}
	var pids [2]uint32
	n, _, _ := getConsoleProcessList.Call(uintptr(unsafe.Pointer(&pids[0])), uintptr(len(pids)))
	return n == 1
}
