// bytes: every function of the package on ordinary input and on the edge
// cases (nil, empty, invalid UTF-8, overlapping matches), printing which
// results are nil and the capacities of subslices, both of which programs
// can observe. Buffer and Reader are in std_bytes_buffer.go.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

// show prints a result slice with its length, capacity and nil-ness.
func show(name string, b []byte) {
	fmt.Printf("%s: %q len=%d cap=%d nil=%v\n", name, b, len(b), cap(b), b == nil)
}

// showAll prints a slice of slices the same way.
func showAll(name string, bs [][]byte) {
	fmt.Printf("%s: n=%d cap=%d nil=%v", name, len(bs), cap(bs), bs == nil)
	for _, b := range bs {
		fmt.Printf(" %q/%d", b, cap(b))
	}
	fmt.Println()
}

var inputs = [][]byte{
	nil,
	{},
	[]byte("a"),
	[]byte("abc"),
	[]byte("aaaa"),
	[]byte("héllo, wörld"),
	[]byte("a\xffb\xc0\xafc"),
	[]byte("\xe4\xb8"),
	[]byte("\ufffd"),
	[]byte("  \t spaced  out\n "),
	[]byte("\u00a0\u2003x y\u3000"),
	[]byte("ΑΒΓ αβγ ǅ ß Σσς"),
	[]byte("the quick brown fox jumps over the lazy dog"),
}

func searches() {
	seps := [][]byte{nil, []byte(""), []byte("a"), []byte("aa"), []byte("o"), []byte("the"), []byte("ö"), []byte("\xff"), []byte("lazy dog"), []byte("zz")}
	for i, s := range inputs {
		for _, sep := range seps {
			fmt.Printf("%d %q: Index=%d LastIndex=%d Count=%d Contains=%v HasPrefix=%v HasSuffix=%v Equal=%v Compare=%d\n",
				i, sep, bytes.Index(s, sep), bytes.LastIndex(s, sep), bytes.Count(s, sep), bytes.Contains(s, sep),
				bytes.HasPrefix(s, sep), bytes.HasSuffix(s, sep), bytes.Equal(s, sep), bytes.Compare(s, sep))
		}
		for _, c := range []byte{'a', 'o', 0xff, 0} {
			fmt.Printf("%d byte %q: IndexByte=%d LastIndexByte=%d\n", i, c, bytes.IndexByte(s, c), bytes.LastIndexByte(s, c))
		}
		for _, r := range []rune{'a', 'ö', 'x', unicode.ReplacementChar, -1, 0x110000, 0xD800, 'σ'} {
			fmt.Printf("%d rune %q: IndexRune=%d ContainsRune=%v\n", i, r, bytes.IndexRune(s, r), bytes.ContainsRune(s, r))
		}
		for _, chars := range []string{"", "a", "xyz", "öé", "\xff", "\ufffd", "ld", " \t", "zq", "σ\xc0"} {
			fmt.Printf("%d any %q: IndexAny=%d LastIndexAny=%d ContainsAny=%v\n", i, chars,
				bytes.IndexAny(s, chars), bytes.LastIndexAny(s, chars), bytes.ContainsAny(s, chars))
		}
	}
	// Long inputs exercise the first-byte scan and its Rabin-Karp fallback.
	long := bytes.Repeat([]byte("ab"), 300)
	fmt.Println(bytes.Index(long, []byte("abb")), bytes.Index(append(long, "abb"...), []byte("abb")), bytes.LastIndex(long, []byte("ba")))
	many := bytes.Repeat([]byte("a"), 1000)
	fmt.Println(bytes.Index(append(many, 'b'), []byte("aaab")), bytes.Index(many, []byte("aab")), bytes.Count(many, []byte("aa")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare([]byte("ab"), []byte("a")),
		bytes.Compare(nil, []byte{}), bytes.Compare([]byte{0xff}, []byte{0x01}), bytes.Equal(nil, []byte{}))
	fmt.Println(bytes.IndexAny([]byte("0123456789 x"), " x"), bytes.LastIndexAny([]byte("0123456789 x"), "0 "),
		bytes.IndexAny([]byte("0123456789ö"), "ö"), bytes.LastIndexAny([]byte("ö0123456789"), "ö"))
}

func splits() {
	seps := [][]byte{nil, []byte(","), []byte(", "), []byte("a"), []byte("aa")}
	srcs := [][]byte{nil, {}, []byte("a,b,c"), []byte("a, b, c, "), []byte("aaaaa"), []byte("héllo"), []byte("x\xffy")}
	for _, s := range srcs {
		for _, sep := range seps {
			name := fmt.Sprintf("%q by %q", s, sep)
			showAll("Split "+name, bytes.Split(s, sep))
			showAll("SplitAfter "+name, bytes.SplitAfter(s, sep))
			for _, n := range []int{-1, 0, 1, 2, 3, 10} {
				showAll(fmt.Sprintf("SplitN %d %s", n, name), bytes.SplitN(s, sep, n))
				showAll(fmt.Sprintf("SplitAfterN %d %s", n, name), bytes.SplitAfterN(s, sep, n))
			}
		}
	}
	for _, s := range inputs {
		showAll("Fields", bytes.Fields(s))
		showAll("FieldsFunc", bytes.FieldsFunc(s, func(r rune) bool { return r == 'o' || r == ' ' }))
		before, after, found := bytes.Cut(s, []byte("o"))
		fmt.Printf("Cut %q %q %v after-nil=%v\n", before, after, found, after == nil)
	}
	n := 0
	showAll("FieldsFunc state", bytes.FieldsFunc([]byte("a1b22c333"), func(r rune) bool { n++; return unicode.IsDigit(r) }))
	fmt.Println("calls", n)
	show("Join nil", bytes.Join(nil, []byte(",")))
	show("Join one", bytes.Join([][]byte{[]byte("x")}, []byte(",")))
	show("Join one empty", bytes.Join([][]byte{{}}, []byte(",")))
	show("Join", bytes.Join([][]byte{[]byte("a"), nil, []byte("c")}, []byte(", ")))
	show("Join nil sep", bytes.Join([][]byte{[]byte("a"), []byte("b")}, nil))
	long := make([][]byte, 40)
	for i := range long {
		long[i] = []byte{byte('a' + i%26)}
	}
	show("Join long", bytes.Join(long, []byte("-")))
}

func repeats() {
	show("Repeat 0", bytes.Repeat([]byte("ab"), 0))
	show("Repeat 1", bytes.Repeat([]byte("ab"), 1))
	show("Repeat 5", bytes.Repeat([]byte("ab"), 5))
	show("Repeat empty", bytes.Repeat(nil, 7))
	for _, count := range []int{-1, 1 << 62} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			bytes.Repeat([]byte("abcd"), count)
		}()
	}
}

func replaces() {
	cases := []struct{ s, old, new string }{
		{"", "", "x"},
		{"", "a", "x"},
		{"abc", "", "-"},
		{"héllo", "", "|"},
		{"a\xffb", "", "."},
		{"aaaa", "aa", "b"},
		{"aaa", "aa", "aaa"},
		{"banana", "ana", "ANA"},
		{"banana", "a", ""},
		{"banana", "x", "y"},
		{"banana", "banana", ""},
		{"abab", "ab", "abab"},
	}
	for _, c := range cases {
		var s []byte
		if c.s != "" {
			s = []byte(c.s)
		}
		for _, n := range []int{-1, 0, 1, 2, 10} {
			show(fmt.Sprintf("Replace(%q, %q, %q, %d)", c.s, c.old, c.new, n), bytes.Replace(s, []byte(c.old), []byte(c.new), n))
		}
		show(fmt.Sprintf("ReplaceAll(%q, %q, %q)", c.s, c.old, c.new), bytes.ReplaceAll(s, []byte(c.old), []byte(c.new)))
	}
	// The result is a copy even when nothing is replaced.
	src := []byte("same")
	out := bytes.Replace(src, []byte("x"), []byte("y"), -1)
	out[0] = 'S'
	fmt.Printf("%s %s\n", src, out)
}

func mappings() {
	for _, s := range inputs {
		show("ToUpper", bytes.ToUpper(s))
		show("ToLower", bytes.ToLower(s))
		show("ToTitle", bytes.ToTitle(s))
		show("Title", bytes.Title(s))
		show("Map rot", bytes.Map(func(r rune) rune {
			if 'a' <= r && r <= 'z' {
				return 'a' + (r-'a'+13)%26
			}
			return r
		}, s))
		show("Map drop", bytes.Map(func(r rune) rune {
			if r == 'o' || r == ' ' {
				return -1
			}
			return r
		}, s))
		show("Map grow", bytes.Map(func(r rune) rune { return r + 0x1000 }, s))
		show("Map bad", bytes.Map(func(r rune) rune { return 0xD800 }, s))
		fmt.Printf("Runes %q\n", bytes.Runes(s))
		show("ToValidUTF8", bytes.ToValidUTF8(s, []byte("?")))
		show("ToValidUTF8 empty", bytes.ToValidUTF8(s, nil))
	}
	// ToUpper and ToLower copy even when nothing changes.
	src := []byte("ABC")
	up := bytes.ToUpper(src)
	up[0] = 'x'
	fmt.Printf("%s %s\n", src, up)
	show("Title words", bytes.Title([]byte("hello wide_world, o'neil x.y ǆemal ĳssel")))
	for _, p := range [][2]string{{"Go", "GO"}, {"σ", "Σ"}, {"ς", "Σ"}, {"K", "\u212a"}, {"ß", "SS"}, {"", ""}, {"a", ""}, {"\xff", "\xff"}, {"\xff", "\ufffd"}, {"abc", "ABD"}, {"ǅ", "ǆ"}} {
		fmt.Printf("EqualFold(%q, %q) = %v\n", p[0], p[1], bytes.EqualFold([]byte(p[0]), []byte(p[1])))
	}
}

func isVowel(r rune) bool { return r == 'a' || r == 'e' || r == 'o' || r == 'ö' || r == 'é' }

func trims() {
	cutsets := []string{"", " ", "ab", " \t\n", "lo, öh", "\xff", "\ufffd", "a"}
	for _, s := range inputs {
		for _, cs := range cutsets {
			show(fmt.Sprintf("Trim %q", cs), bytes.Trim(s, cs))
			show(fmt.Sprintf("TrimLeft %q", cs), bytes.TrimLeft(s, cs))
			show(fmt.Sprintf("TrimRight %q", cs), bytes.TrimRight(s, cs))
		}
		show("TrimSpace", bytes.TrimSpace(s))
		show("TrimFunc", bytes.TrimFunc(s, isVowel))
		show("TrimLeftFunc", bytes.TrimLeftFunc(s, unicode.IsLetter))
		show("TrimRightFunc", bytes.TrimRightFunc(s, unicode.IsLetter))
		show("TrimFunc all", bytes.TrimFunc(s, func(rune) bool { return true }))
		show("TrimRightFunc all", bytes.TrimRightFunc(s, func(rune) bool { return true }))
		show("TrimPrefix", bytes.TrimPrefix(s, []byte("a")))
		show("TrimSuffix", bytes.TrimSuffix(s, []byte("\n ")))
		fmt.Println("IndexFunc", bytes.IndexFunc(s, isVowel), bytes.IndexFunc(s, unicode.IsSpace),
			bytes.LastIndexFunc(s, isVowel), bytes.LastIndexFunc(s, func(r rune) bool { return r == unicode.ReplacementChar }))
	}
	show("TrimSpace all space", bytes.TrimSpace([]byte(" \t\n")))
	show("TrimSpace unicode all space", bytes.TrimSpace([]byte(" \u2003 ")))
	show("TrimSpace inner", bytes.TrimSpace([]byte("\u3000a b\u3000")))
	show("TrimRight broken", bytes.TrimRight([]byte("x\xe4\xb8"), "\ufffd"))
	show("TrimRightFunc broken", bytes.TrimRightFunc([]byte("x\xe4\xb8\xad\xad"), func(r rune) bool { return r == unicode.ReplacementChar }))
}

func main() {
	searches()
	splits()
	repeats()
	replaces()
	mappings()
	trims()
}
