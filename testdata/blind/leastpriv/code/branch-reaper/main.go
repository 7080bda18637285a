package main

import "github.com/acme/branch-reaper/cmd"

func main() { cmd.Execute() }
