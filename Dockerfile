# Archivist in a container:
#   docker build -t archivist .
#   docker run --rm -v "$PWD/scans:/data:ro" -v "$PWD/archive:/archive" archivist ingest /data
#   docker run --rm -v "$PWD/archive:/archive" archivist search chuyen doi so
# Both stages install packages through scripts/setup.sh, the same list the Makefile uses.

FROM swift:6.3-bookworm AS build
WORKDIR /src
COPY scripts/setup.sh scripts/setup.sh
RUN scripts/setup.sh build
COPY Package.swift ./
COPY Sources Sources
COPY Tests Tests
COPY pipelines pipelines
RUN swift build -c release --product archivist \
 && install -D .build/release/archivist /out/bin/archivist

# The slim Swift image carries the Swift runtime libraries (Foundation, FoundationNetworking for
# RFC 3161 timestamps) the binary links to, and nothing to build with.
FROM swift:6.3-bookworm-slim
COPY scripts/setup.sh /tmp/setup.sh
RUN /tmp/setup.sh runtime && rm -rf /var/lib/apt/lists/* /tmp/setup.sh
COPY --from=build /out/bin/archivist /usr/local/bin/archivist
COPY pipelines /opt/archivist/pipelines
# OMP_THREAD_LIMIT=1: one Tesseract thread per job (the binary would otherwise re-exec itself to set it).
ENV ARCHIVIST_HOME=/opt/archivist \
    ARCHIVIST_WORKSPACE=/archive \
    OMP_THREAD_LIMIT=1
VOLUME ["/archive"]
ENTRYPOINT ["archivist"]
CMD ["--help"]
