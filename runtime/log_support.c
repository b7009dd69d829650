/* log_support.c: the local time zone for package log's Ldate/Ltime headers
 * (runtime/std/log declares localOffset without a body). escgo's package
 * time has no time zones yet, and the C library already reads TZ and
 * /etc/localtime the way gc does. */
#include "rt_internal.h"

#include <time.h>

int64_t escgo_log_localoffset(int64_t sec) __asm__("log.localOffset");
int64_t escgo_log_localoffset(int64_t sec) {
    time_t t = (time_t)sec;
    struct tm tm;
    if (!localtime_r(&t, &tm)) return 0;
    return (int64_t)tm.tm_gmtoff;
}
