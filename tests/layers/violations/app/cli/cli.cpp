#include "lessons/lesson.h"
