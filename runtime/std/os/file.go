// file.go: the parts of os that fmt needs — File with Write for standard
// output and standard error, and Args.
//
// The system calls are body-less functions implemented in C in
// runtime/os_file.c. They return one int (a count, or -errno) rather than
// Go's (n, err) pair, and Args is built element by element, because only
// single-word, string and interface results cross the Go/C boundary
// (runtime/escgo_rt.h).

package os

// File is an open file descriptor.
type File struct {
	fd   int
	name string
}

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Standard input, output and error.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Args hold the command-line arguments, starting with the program name.
var Args []string

func init() {
	n := runtime_argc()
	Args = make([]string, n)
	for i := 0; i < n; i++ {
		Args[i] = runtime_argv(i)
	}
}

func runtime_argc() int
func runtime_argv(i int) string

// sysWrite writes all of b to fd (retrying short and interrupted writes)
// and returns the count written, or -errno if it failed.
//
//go:noescape
func sysWrite(fd int, b []byte) int

// errnoString is strerror(e) in Go's spelling ("bad file descriptor").
func errnoString(e int) string

// Name returns the name of the file.
func (f *File) Name() string { return f.name }

// Fd returns the file's descriptor.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	r := sysWrite(f.fd, b)
	if r < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: syscallError{-r}}
	}
	return r, nil
}

// WriteString is Write of a string's bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// ErrInvalid: an operation on a nil File.
var ErrInvalid = invalidError{}

type invalidError struct{}

func (invalidError) Error() string { return "invalid argument" }

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// syscallError is an errno (Go's syscall.Errno).
type syscallError struct{ errno int }

func (e syscallError) Error() string { return errnoString(e.errno) }
