# tokenscope as a container: `docker run --rm -v "$PWD:/src" ghcr.io/tokenscope/tokenscope scan .`
#
# Stage 1 builds a static musl binary; stage 2 is distroless (no shell, no package manager,
# CA certificates for `--verify`) and runs as a non-root user.

FROM rust:1.89-alpine3.22 AS build
# A C compiler and musl headers for ring (TLS); musl links the binary statically.
# hadolint ignore=DL3018
RUN apk add --no-cache musl-dev gcc
WORKDIR /build
COPY Cargo.toml Cargo.lock build.rs ./
COPY src ./src
COPY rules ./rules
RUN cargo build --release --locked \
    && cp target/release/tokenscope /tokenscope \
    && /tokenscope --version

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /tokenscope /usr/local/bin/tokenscope
# The image's nonroot user (65532); the mounted checkout only needs to be readable.
USER 65532:65532
WORKDIR /src
ENTRYPOINT ["tokenscope"]
CMD ["scan", "."]
