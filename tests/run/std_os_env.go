// Package os's environment: Setenv, Getenv, LookupEnv, Unsetenv, Environ,
// Clearenv, the errors of an invalid Setenv, and Expand/ExpandEnv.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

func inEnviron(kv string) bool {
	for _, e := range os.Environ() {
		if e == kv {
			return true
		}
	}
	return false
}

func main() {
	const k = "ESCGO_TEST_ENV_VAR"
	v, ok := os.LookupEnv(k)
	fmt.Printf("before: %q %v\n", v, ok)

	if err := os.Setenv(k, "hello world"); err != nil {
		fmt.Println("Setenv:", err)
	}
	fmt.Printf("Getenv: %q\n", os.Getenv(k))
	v, ok = os.LookupEnv(k)
	fmt.Printf("LookupEnv: %q %v\n", v, ok)
	fmt.Println("in Environ:", inEnviron(k+"=hello world"))

	// overwrite, then an empty value, which is still set
	os.Setenv(k, "second=value")
	fmt.Printf("overwritten: %q\n", os.Getenv(k))
	os.Setenv(k, "")
	v, ok = os.LookupEnv(k)
	fmt.Printf("empty: %q %v in Environ: %v\n", v, ok, inEnviron(k+"="))

	if err := os.Unsetenv(k); err != nil {
		fmt.Println("Unsetenv:", err)
	}
	v, ok = os.LookupEnv(k)
	fmt.Printf("after Unsetenv: %q %v in Environ: %v\n", v, ok, inEnviron(k+"="))
	fmt.Println("Unsetenv again:", os.Unsetenv(k))
	fmt.Println("Unsetenv empty key:", os.Unsetenv(""))

	// every Environ entry is key=value and Getenv agrees with it
	agree := true
	for _, e := range os.Environ() {
		i := strings.Index(e, "=")
		if i < 0 {
			agree = false
			continue
		}
		if i == 0 {
			continue // Windows-style "=C:" entries, not expected here
		}
		if got, ok := os.LookupEnv(e[:i]); !ok || got != e[i+1:] {
			fmt.Printf("mismatch for %q: %q %v\n", e, got, ok)
			agree = false
		}
	}
	fmt.Println("Environ agrees with LookupEnv:", agree)

	// invalid keys and values
	for _, kv := range [][2]string{{"", "x"}, {"A=B", "x"}, {"A\x00B", "x"}, {"OK_KEY", "a\x00b"}} {
		err := os.Setenv(kv[0], kv[1])
		fmt.Printf("Setenv(%q, %q): %v\n", kv[0], kv[1], err)
		var se *os.SyscallError
		if errors.As(err, &se) {
			fmt.Printf("  SyscallError{%q, %v}\n", se.Syscall, se.Err)
		}
	}
	_, ok = os.LookupEnv("OK_KEY")
	fmt.Println("OK_KEY set:", ok)
	fmt.Printf("Getenv(\"\"): %q\n", os.Getenv(""))

	// Expand and ExpandEnv
	os.Setenv("ESCGO_NAME", "gopher")
	os.Setenv("ESCGO_N", "7")
	fmt.Println(os.ExpandEnv("hi $ESCGO_NAME, ${ESCGO_N} times; $ESCGO_UNSET|"))
	fmt.Println(os.Expand("$1 ${2} $$ ${} ${x $ end$", func(s string) string { return "<" + s + ">" }))
	fmt.Println(os.Expand("no dollars", func(s string) string { return "!" }))

	// process ids are positive and distinct
	pid, ppid := os.Getpid(), os.Getppid()
	fmt.Println("pids:", pid > 0, ppid > 0, pid != ppid)
	h, err := os.Hostname()
	fmt.Println("hostname:", h != "", err)

	// Clearenv empties the environment
	os.Clearenv()
	fmt.Println("after Clearenv:", len(os.Environ()), os.Getenv("ESCGO_NAME") == "")
	os.Setenv("ONLY", "one")
	fmt.Println(os.Environ())
}
