#pragma once

#include "diff/symbolic.h"
#include "eval/program.h"
