"""Reading articles and writing events: inputs, outputs and the output schemas."""
