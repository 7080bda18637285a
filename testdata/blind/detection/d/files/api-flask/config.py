import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY") or "dev"
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///dev.db")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    GOOGLE_API_KEY = os.environ.get("GOOGLE_API_KEY")


class ProductionConfig(Config):
    SECRET_KEY = "5e7f6370cc14d799583355306fbf6caeb04e5be24b2c3ea94d473f688fc1d0ef"
    SQLALCHEMY_DATABASE_URI = "postgresql+psycopg://api:Summit1998saffron@db01.lab:5432/api"
    MAIL_PASSWORD = "_j6.K20!_FUIWGjF!"
    HUGGINGFACE_TOKEN = "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"


class TestingConfig(Config):
    TESTING = True
    SECRET_KEY = "testing"
    SQLALCHEMY_DATABASE_URI = "sqlite://"
