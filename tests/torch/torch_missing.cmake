# Stands in for a torch check when PyTorch is missing, and fails saying why.
message(FATAL_ERROR "${SCRIPT} compares GradLab with PyTorch, which is not installed for /usr/bin/python3: "
                    "apt-get install python3-torch python3-numpy (bash scripts/dev.sh test installs them), "
                    "then configure again")
