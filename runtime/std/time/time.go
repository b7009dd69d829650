// Package time is escgo's version of the parts of Go's time package that
// programs use to wait and to measure: Duration, Sleep, Now/Since and the
// instant arithmetic, and the channel timers (After, Tick, NewTimer,
// NewTicker, AfterFunc). Calendar formatting is not provided.
//
// Waiting is the scheduler's (runtime/sched.c): a sleeping goroutine is
// parked until its deadline while the others run. Timers are goroutines
// that sleep and then send, as simple as that is: their channels carry
// gc's capacity of 1, so a timer never blocks on an unread value.
package time

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form
// "72h3m0.5s", as Go's does.
func (d Duration) String() string {
	var buf [32]byte
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		// Sub-second: the smallest unit that keeps a leading digit.
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			return "0s"
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			// U+00B5 'µ' micro sign, two bytes in UTF-8
			w--
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = fmtFrac(buf[:w], u, 9)
		w = fmtInt(buf[:w], u%60)
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return string(buf[w:])
}

// fmtFrac writes the fraction of v/10^prec into the tail of buf, without
// trailing zeros and without the dot if it is zero; it returns where the
// output begins and v/10^prec.
func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	printed := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		printed = printed || digit != 0
		if printed {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if printed {
		w--
		buf[w] = '.'
	}
	return w, v
}

// fmtInt writes v in decimal into the tail of buf and returns where it
// begins.
func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// A Time is an instant with nanosecond precision: wall-clock nanoseconds
// since the Unix epoch, and a monotonic reading used by Sub and Since.
type Time struct {
	wall int64
	mono int64
}

// Now returns the current time.
func Now() Time { return Time{wall: walltime(), mono: nanotime()} }

// Unix returns the local Time corresponding to the given Unix time.
func Unix(sec int64, nsec int64) Time { return Time{wall: sec*1e9 + nsec} }

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// Sub returns the duration t-u.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	return Duration(t.wall - u.wall)
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	t.wall += int64(d)
	if t.mono != 0 {
		t.mono += int64(d)
	}
	return t
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool { return t.Sub(u) > 0 }

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool { return t.Sub(u) < 0 }

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool { return t.Sub(u) == 0 }

// IsZero reports whether t is the zero time.
func (t Time) IsZero() bool { return t.wall == 0 && t.mono == 0 }

// Unix returns t as a Unix time, in seconds.
func (t Time) Unix() int64 { return floorDiv(t.wall, 1e9) }

// UnixNano returns t as a Unix time, in nanoseconds.
func (t Time) UnixNano() int64 { return t.wall }

// UnixMilli returns t as a Unix time, in milliseconds.
func (t Time) UnixMilli() int64 { return floorDiv(t.wall, 1e6) }

// Nanosecond returns the nanosecond offset within the second.
func (t Time) Nanosecond() int { return int(t.wall - floorDiv(t.wall, 1e9)*1e9) }

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// Sleep pauses the current goroutine for at least the duration d. A
// negative or zero duration causes Sleep to return immediately.
func Sleep(d Duration) {
	if d <= 0 {
		return
	}
	sleep(int64(d))
}

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by
// AfterFunc.
type Timer struct {
	C   <-chan Time
	c   chan Time
	f   func()
	gen int // which start the running sleeper belongs to
	on  bool
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c}
	t.start(d)
	return t
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. It returns a Timer that can be used to cancel the call.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.start(d)
	return t
}

func (t *Timer) start(d Duration) {
	t.gen++
	t.on = true
	go t.fire(t.gen, d)
}

func (t *Timer) fire(gen int, d Duration) {
	Sleep(d)
	if !t.on || t.gen != gen {
		return // stopped or reset meanwhile
	}
	t.on = false
	if t.f != nil {
		t.f()
		return
	}
	select {
	case t.c <- Now():
	default:
	}
}

// Stop prevents the Timer from firing. It returns true if the call stops
// the timer, false if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	was := t.on
	t.on = false
	return was
}

// Reset changes the timer to expire after duration d. It returns true if
// the timer had been active, false if the timer had expired or been
// stopped.
func (t *Timer) Reset(d Duration) bool {
	was := t.on
	t.start(d)
	return was
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// A Ticker holds a channel that delivers ``ticks'' of a clock at
// intervals.
type Ticker struct {
	C    <-chan Time
	c    chan Time
	d    Duration
	stop bool
}

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick. It panics if d <= 0.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c, d: d}
	go t.run()
	return t
}

func (t *Ticker) run() {
	next := nanotime() + int64(t.d)
	for !t.stop {
		if w := next - nanotime(); w > 0 {
			sleep(w)
		}
		if t.stop {
			return
		}
		select {
		case t.c <- Now():
		default: // the reader is behind: drop the tick, as gc does
		}
		next += int64(t.d)
	}
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() { t.stop = true }

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	t.d = d
}

// Tick is a convenience wrapper for NewTicker providing access to the
// ticking channel only. It returns nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// walltime returns the wall clock as nanoseconds since the Unix epoch.
func walltime() int64

// nanotime returns the monotonic clock in nanoseconds.
func nanotime() int64

// sleep parks the calling goroutine for ns nanoseconds.
func sleep(ns int64)
