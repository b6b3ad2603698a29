// An outside verifier for the transparency log: Go's own golang.org/x/mod/sumdb/note and sumdb/tlog, which this
// project did not write. It reads one check per line from stdin and prints "ok" or "fail: <reason>" for each:
//
//	note <verifier key> <base64 of the note>
//	inclusion <index> <size> <base64 root> <base64 leaf> <base64 hash,...>
//	consistency <from> <to> <base64 old root> <base64 new root> <base64 hash,...>
package main

import (
	"bufio"
	"encoding/base64"
	"fmt"
	"os"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<26)
	for in.Scan() {
		if err := check(strings.Fields(in.Text())); err != nil {
			fmt.Println("fail:", err)
		} else {
			fmt.Println("ok")
		}
	}
}

func check(f []string) error {
	switch f[0] {
	case "note":
		verifier, err := note.NewVerifier(f[1])
		if err != nil {
			return err
		}
		msg, err := base64.StdEncoding.DecodeString(f[2])
		if err != nil {
			return err
		}
		_, err = note.Open(msg, note.VerifierList(verifier))
		return err
	case "inclusion":
		index, size := number(f[1]), number(f[2])
		leaf, err := base64.StdEncoding.DecodeString(f[4])
		if err != nil {
			return err
		}
		return tlog.CheckRecord(tlog.RecordProof(hashes(f[5:])), size, hash(f[3]), index, tlog.RecordHash(leaf))
	case "consistency":
		from, to := number(f[1]), number(f[2])
		return tlog.CheckTree(tlog.TreeProof(hashes(f[5:])), to, hash(f[4]), from, hash(f[3]))
	}
	return fmt.Errorf("unknown check %q", f[0])
}

func number(text string) int64 {
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil {
		panic(err)
	}
	return n
}

func hash(text string) tlog.Hash {
	var h tlog.Hash
	raw, err := base64.StdEncoding.DecodeString(text)
	if err != nil || len(raw) != len(h) {
		panic("not a base64 SHA-256 hash: " + text)
	}
	copy(h[:], raw)
	return h
}

// hashes reads the proof's list, given as one comma-separated field ("-" for an empty proof).
func hashes(fields []string) []tlog.Hash {
	if len(fields) == 0 || fields[0] == "-" {
		return nil
	}
	var out []tlog.Hash
	for _, text := range strings.Split(fields[0], ",") {
		out = append(out, hash(text))
	}
	return out
}
