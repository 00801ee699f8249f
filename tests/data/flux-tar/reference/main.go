// Writes, uncompressed to standard output, the tar stream that Flux's artifact builder
// (github.com/fluxcd/pkg/tar, Tar with WithSkipGzip) produces for a directory: the headers come from
// archive/tar.FileInfoHeader, named by the path relative to the directory, with owners, owner names and
// times cleared; links and special files are skipped. golden.tar beside this directory was made with it:
//
//	sh ../make-tree.sh /tmp/tree && go run . /tmp/tree > ../golden.tar
//
// Only the standard library is used, so any Go toolchain builds it without fetching modules.
package main

import (
	"archive/tar"
	"io"
	"os"
	"path/filepath"
	"time"
)

func main() {
	root, err := filepath.Abs(os.Args[1])
	if err != nil {
		panic(err)
	}
	out := tar.NewWriter(os.Stdout)
	err = filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if !info.Mode().IsRegular() && !info.IsDir() {
			return nil
		}
		header, err := tar.FileInfoHeader(info, path)
		if err != nil {
			return err
		}
		relative, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		header.Name = filepath.ToSlash(relative)
		header.Uid, header.Gid, header.Uname, header.Gname = 0, 0, "", ""
		header.ModTime, header.AccessTime, header.ChangeTime = time.Time{}, time.Time{}, time.Time{}
		if err := out.WriteHeader(header); err != nil {
			return err
		}
		if !info.Mode().IsRegular() {
			return nil
		}
		file, err := os.Open(path)
		if err != nil {
			return err
		}
		defer file.Close()
		_, err = io.Copy(out, file)
		return err
	})
	if err != nil {
		panic(err)
	}
	if err := out.Close(); err != nil {
		panic(err)
	}
}
