// strings: searching, splitting, joining, replacing, case mapping,
// trimming and Builder, printed with println.
package main

import "strings"

func show(name string, parts []string) {
	print(name, " ", len(parts), " ", cap(parts), ":")
	for _, p := range parts {
		print(" [", p, "]")
	}
	println()
}

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.ContainsRune(s, 'z'), strings.ContainsAny(s, "xyz"))
	println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.IndexByte(s, 'q'), strings.IndexRune(s, 'k'), strings.IndexAny(s, "zq"), strings.LastIndexAny(s, "ot"))
	println(strings.Index(s, ""), strings.LastIndex(s, ""), strings.Index("", "a"), strings.IndexRune("chicken", 'k'), strings.IndexRune("a\xffb", 0xfffd))
	println(strings.HasPrefix(s, "the"), strings.HasSuffix(s, "dog"), strings.HasPrefix(s, "dog"))
	println(strings.Count(s, "o"), strings.Count(s, ""), strings.Count("five", ""), strings.Count("cheese", "e"))
	println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	show("Split", strings.Split("a,b,c", ","))
	show("Split empty sep", strings.Split("héllo", ""))
	show("Split no match", strings.Split("abc", "x"))
	show("Split empty", strings.Split("", ","))
	show("SplitN 2", strings.SplitN("a,b,c,d", ",", 2))
	show("SplitN 0", strings.SplitN("a,b,c,d", ",", 0))
	show("SplitN -1", strings.SplitN("a,b,c,d", ",", -1))
	show("SplitAfter", strings.SplitAfter("a,b,c", ","))
	show("Fields", strings.Fields("  foo bar\tbaz\n  "))
	show("Fields unicode", strings.Fields("a\u00a0b\u3000c d"))
	show("Fields empty", strings.Fields("   "))
	println(strings.Join([]string{"a", "b", "c"}, "-"), strings.Join(nil, ","), strings.Join([]string{"x"}, ","))
	println(strings.Repeat("ab", 3), strings.Repeat("x", 0), len(strings.Repeat("-", 100)))
	println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1), strings.Replace("abc", "", "-", -1), strings.ReplaceAll("banana", "a", "o"))
	println(strings.ToUpper("Hello, World! héllo ß"), strings.ToLower("Hello, WORLD! ÀÉÎ"), strings.ToTitle("loud"))
	println(strings.ToUpper("\xffabc"), strings.ToLower("ABC"), strings.ToUpper("ABC"))
	println("["+strings.TrimSpace("  \t hello \n ")+"]", "["+strings.TrimSpace("\u00a0x\u2000")+"]", "["+strings.TrimSpace("")+"]")
	println(strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"))
	println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"), strings.TrimPrefix("abc", "x"))
	println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("k", "\u212a"), strings.EqualFold("σ", "Σ"), strings.EqualFold("a", "b"))
	before, after, found := strings.Cut("key=value", "=")
	println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	println(before, after, found)
	println(strings.ToValidUTF8("a\xff\xfeb", "?"))

	var b strings.Builder
	for i := 0; i < 5; i++ {
		b.WriteString("ab")
		b.WriteByte('-')
		b.WriteRune('é')
	}
	println(b.String(), b.Len())
	b.Reset()
	b.Grow(10)
	println(b.Len(), b.Cap())
	b.WriteString("x")
	println(b.String())
}
