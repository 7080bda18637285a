from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything comes from RELCUT_* variables (or a .env file next to the CWD)."""

    model_config = SettingsConfigDict(env_prefix="RELCUT_", env_file=".env", extra="ignore")

    gitlab_url: str = "https://gitlab.com"
    gitlab_token: SecretStr
    project: str  # group/project
    release_branch_prefix: str = "release/"

    slack_token: SecretStr | None = None
    slack_channel: str = "#releases"
