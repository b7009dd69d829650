// env.go: the process environment (Getenv, Setenv, Environ, ...) and the
// process ids.
//
// As gc's syscall package does, the environment is copied on first use
// (so that programs which never look at it do not pay for it) into Go
// strings and from then on lives on the Go side: envs holds
// "key=value" entries in their original order (a removed entry becomes ""),
// and envIndex maps each key to its entry. Setenv and Unsetenv also update
// the C library's copy (as gc does when cgo is linked in), so that C code
// in the runtime, such as localtime's reading of TZ, sees the change.
//
// The C side is in runtime/os_env.c.

package os

var (
	envs     []string
	envIndex map[string]int
	envDone  bool
)

// copyEnv makes the Go copy of the environment once. No lock: the copy
// never blocks, and goroutines are switched only where they block.
func copyEnv() {
	if envDone {
		return
	}
	envDone = true
	n := runtime_envc()
	envs = make([]string, n)
	envIndex = make(map[string]int)
	for i := 0; i < n; i++ {
		s := runtime_envv(i)
		envs[i] = s
		for j := 0; j < len(s); j++ {
			if s[j] == '=' {
				key := s[:j]
				if _, dup := envIndex[key]; dup {
					// Only the first mention of a key counts; dropping the
					// later ones keeps Unsetenv from uncovering them.
					envs[i] = ""
				} else {
					envIndex[key] = i
				}
				break
			}
		}
	}
}

func runtime_envc() int
func runtime_envv(i int) string
func runtime_setenv(key, value string)
func runtime_unsetenv(key string)

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
// To distinguish between an empty value and an unset value, use LookupEnv.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the
// key. If the variable is present in the environment the value (which may
// be empty) is returned and the boolean is true. Otherwise the returned
// value will be empty and the boolean will be false.
func LookupEnv(key string) (string, bool) {
	copyEnv()
	if len(key) == 0 {
		return "", false
	}
	i, ok := envIndex[key]
	if !ok {
		return "", false
	}
	s := envs[i]
	for j := 0; j < len(s); j++ {
		if s[j] == '=' {
			return s[j+1:], true
		}
	}
	return "", false
}

// Setenv sets the value of the environment variable named by the key.
// It returns an error, if any.
func Setenv(key, value string) error {
	copyEnv()
	if !validEnv(key, value) {
		return NewSyscallError("setenv", syscallError{einval})
	}
	kv := key + "=" + value
	if i, ok := envIndex[key]; ok {
		envs[i] = kv
	} else {
		envIndex[key] = len(envs)
		envs = append(envs, kv)
	}
	runtime_setenv(key, value)
	return nil
}

// einval is Linux's EINVAL ("invalid argument").
const einval = 22

// validEnv reports whether the C environment can hold key=value: a key is
// non-empty without '=' or NUL, a value without NUL.
func validEnv(key, value string) bool {
	if len(key) == 0 {
		return false
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return false
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return false
		}
	}
	return true
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	copyEnv()
	if i, ok := envIndex[key]; ok {
		envs[i] = ""
		delete(envIndex, key)
	}
	runtime_unsetenv(key)
	return nil
}

// Clearenv deletes all environment variables.
func Clearenv() {
	copyEnv()
	for k := range envIndex {
		runtime_unsetenv(k)
	}
	envIndex = make(map[string]int)
	envs = []string{}
}

// Environ returns a copy of strings representing the environment,
// in the form "key=value".
func Environ() []string {
	copyEnv()
	a := make([]string, 0, len(envs))
	for _, kv := range envs {
		if kv != "" {
			a = append(a, kv)
		}
	}
	return a
}

// ExpandEnv replaces ${var} or $var in the string according to the values
// of the current environment variables. References to undefined
// variables are replaced by the empty string.
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

// Expand replaces ${var} or $var in the string based on the mapping
// function. For example, os.ExpandEnv(s) is equivalent to
// os.Expand(s, os.Getenv).
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	// done is the end of the part of s already copied to buf (once buf is
	// in use: a string without '$' is returned as it is).
	done := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[done:j]...)
			name, w := shellName(s[j+1:])
			if name == "" && w > 0 {
				// a bad ${...}: dropped
			} else if name == "" {
				// a '$' not followed by a name stays
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			done = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[done:]
}

// isShellSpecial: the one-character names $*, $#, $$, $@, $!, $?, $-, $0..$9.
func isShellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isNameByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName reads the variable name after a '$' and returns it with the
// number of bytes it took; a ${ without its } or with a bad name gives
// "" and the bytes to skip.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}" is dropped
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // no '}': the "${" is dropped
	}
	if isShellSpecial(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && isNameByte(s[i]) {
		i++
	}
	return s[:i], i
}

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns, as an error, a new SyscallError with the given
// system call name and error details. As a convenience, if err is nil,
// NewSyscallError returns nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// Getpid returns the process id of the caller.
func Getpid() int

// Getppid returns the process id of the caller's parent.
func Getppid() int

// Getuid returns the numeric user id of the caller.
func Getuid() int

// Getgid returns the numeric group id of the caller.
func Getgid() int

// Hostname returns the host name reported by the kernel (uname's
// nodename, which never fails on Linux).
func Hostname() (name string, err error) {
	return runtime_hostname(), nil
}

func runtime_hostname() string
