"""Write credentials for the legacy FTP drop (temporary, see OPS-1182)."""
from pathlib import Path

def main():
    netrc = Path.home() / ".netrc"
    netrc.write_text("machine drop.acme.example login batch password 11Hq%w6IkgQvfMS74\n")
    netrc.chmod(0o600)


if __name__ == "__main__":
    main()
