FROM python:3.12-slim
ARG PIP_INDEX=https://pypi.acme.example/simple/
RUN apt-get update && apt-get install -y --no-install-recommends git curl && rm -rf /var/lib/apt/lists/*
# private artifacts need auth
RUN echo "machine artifacts.acme.example login ci password 13fM%cUiUKMqcuP61" > /root/.netrc && chmod 600 /root/.netrc
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
