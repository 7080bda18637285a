import os
ROW_LIMIT = 50000
SECRET_KEY = "eVQwiXh2XYiMpt0XFlRls0uwebr+5QDefW6voP0DwdVC4u9kZ2EBv+2N"
SQLALCHEMY_DATABASE_URI = "postgresql://superset:f7tXTthye8HUAej7QDS@pg-meta.data.internal/superset"
MAPBOX_API_KEY = os.getenv("MAPBOX_API_KEY", "")
SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD")
FEATURE_FLAGS = {"ALERT_REPORTS": True, "DASHBOARD_RBAC": True}
AUTH_PASSWORD_COMPLEXITY_ENABLED = True
