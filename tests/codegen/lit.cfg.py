# lit.cfg.py: LLVM lit configuration for tests/codegen.
#
# Each NAME.go here holds `// RUN:` lines that compile it with escgo and check
# the LLVM IR or assembly with FileCheck (`// CHECK:` lines). tests/CMakeLists.txt
# runs lit with the tools' paths as parameters:
#     lit.py -sv --param escgo=build/bin/escgo --param filecheck=.../FileCheck tests/codegen
# Substitutions: %escgo (the compiler) and FileCheck.
import os
import shutil

import lit.formats

config.name = "escgo-codegen"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".go"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = lit_config.params.get(
    "exec_root", os.path.join(config.test_source_root, "Output"))

escgo = lit_config.params.get("escgo")
if not escgo:
    lit_config.fatal("pass --param escgo=PATH/TO/escgo")
filecheck = lit_config.params.get("filecheck") or shutil.which("FileCheck")
if not filecheck:
    lit_config.fatal("FileCheck not found: pass --param filecheck=PATH (Debian: llvm-19-tools)")

config.substitutions.append(("%escgo", os.path.abspath(escgo)))
config.substitutions.append(("FileCheck", os.path.abspath(filecheck)))
config.environment["PATH"] = os.environ.get("PATH", "")
