#!/usr/bin/env bash
# Increments the patch version in VERSION.
v=$(cat VERSION)
echo "${v%.*}.$(( ${v##*.} + 1 ))" > VERSION
