#include "plotting/ok.h"

int a[2]; // a bracket [ and a ; semicolon and a backslash \

#include "expression/ok.h"
#include "views/lesson_view.h"
#include <views/angle.h>
