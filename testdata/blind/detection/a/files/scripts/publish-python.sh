#!/bin/sh
set -e
python -m build
TWINE_USERNAME=__token__ TWINE_PASSWORD='pypi-AgEIcHlwaS5vcmcCJDI3MmNjM2JkLTdiZTItNGRkYy1hMWQwLWUxN2M5YmVlNzM5NgACEFsxLFsiYWNtZS1jbGkiXV0AAhlbMCwxNzU5NDA5MTIxLDE3Mjc4NzMxMjFdAAAGIENYHKDnm3XT2-mjiw0dxwwbhje5vP8l3kmA2kZ4GD1C' twine upload dist/*
# token in the wiki was cut off: pypi-AgEIcHlwaS5vcmcCJDcwMzlhNzgyLTNhZDU
