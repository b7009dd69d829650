// Package log with SetFlags(0) so that the output is deterministic:
// prefixes, Lmsgprefix, custom Loggers writing to a strings.Builder and to
// a Writer defined here, Output, Panic recovered, and Fatal last, which
// exits with status 1. (Lshortfile is left out: gc knows the caller and
// escgo prints "???:0".)
package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

// lineCounter is a Writer that numbers the writes it receives; each log
// call must be exactly one Write.
type lineCounter struct {
	n     int
	lines []string
}

func (w *lineCounter) Write(p []byte) (int, error) {
	w.n++
	w.lines = append(w.lines, fmt.Sprintf("%d:%q", w.n, p))
	return len(p), nil
}

// failWriter always fails, so Output's error can be seen.
type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, fmt.Errorf("cannot write %d bytes", len(p)) }

func main() {
	// the standard logger's defaults as gc has them
	fmt.Println("default flags:", log.Flags(), log.Flags() == log.LstdFlags)
	fmt.Printf("default prefix: %q\n", log.Prefix())
	fmt.Println("default writer is Stderr:", log.Writer() == os.Stderr)
	fmt.Println("flag values:", log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile,
		log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)

	// the standard logger to stdout without a timestamp
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Print("plain ", 1, 2, " three")
	log.Printf("formatted %d %s %v", 42, "str", []int{1, 2})
	log.Println("line", 1, 2)
	log.Print("ends in newline\n")
	log.Print("")
	log.SetPrefix("[pfx] ")
	log.Println("with prefix")
	log.SetFlags(log.Lmsgprefix)
	log.Println("msgprefix without header")
	fmt.Printf("prefix %q flags %d\n", log.Prefix(), log.Flags())
	log.Output(1, "via Output")

	// a Logger on a strings.Builder
	var sb strings.Builder
	l := log.New(&sb, "sb: ", 0)
	l.Print("a")
	l.Printf("b=%v", true)
	l.Println("c", "d")
	l.SetPrefix("")
	l.Print("no prefix")
	fmt.Printf("builder: %q\n", sb.String())
	fmt.Println("Writer is the builder:", l.Writer() == &sb)

	// a Logger on a Writer defined here: one Write per call
	lc := &lineCounter{}
	l2 := log.New(lc, "lc| ", log.Lmsgprefix)
	l2.Print("one")
	l2.Println("two", 2)
	l2.SetOutput(lc)
	l2.Printf("multi\nline")
	for _, s := range lc.lines {
		fmt.Println(s)
	}

	// Output's error comes from the Writer
	bad := log.New(failWriter{}, "", 0)
	fmt.Println("Output error:", bad.Output(1, "x"))

	// Panic prints, then panics with the message
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T %q\n", r, r)
		}()
		l.Panicf("bad value %d", 7)
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T %q\n", r, r)
		}()
		log.Panicln("pkg", "panicln")
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T %q\n", r, r)
		}()
		log.Default().Panic("via Default")
	}()
	fmt.Printf("builder after panics: %q\n", sb.String())

	// Fatal prints and exits with status 1; deferred calls do not run
	defer fmt.Println("not printed")
	log.SetPrefix("fatal: ")
	log.SetFlags(0)
	log.Fatalf("giving up after %d tries", 3)
	fmt.Println("not reached")
}
