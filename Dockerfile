FROM python:3.11-slim
WORKDIR /app
ENV PIP_NO_CACHE_DIR=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
COPY pyproject.toml README.md ./
COPY trust trust
COPY common common
COPY ingest ingest
COPY retrieval retrieval
COPY api api
RUN pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0 \
 && pip install .
EXPOSE 8000
CMD ["hardrag", "serve", "--host", "0.0.0.0"]
