# Sourced by ./b24kit and .ci/run. Defines b24kit_find_jdk, which prints the home of the first
# JDK 21+ found in this order: $JAVA_HOME, `java` on $PATH, then the JDKs under the directories in
# $B24KIT_JDK_DIRS (default /usr/lib/jvm), newest first. It prints nothing and returns 1 if none is found.

b24kit_java_major() { # <java executable> -> major version on stdout
    "$1" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

b24kit_is_jdk21() { # <jdk home>
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
    major=$(b24kit_java_major "$1/bin/java")
    [ -n "$major" ] && [ "$major" -ge 21 ]
}

b24kit_find_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && b24kit_is_jdk21 "$JAVA_HOME"; then
        printf '%s\n' "$JAVA_HOME"; return 0
    fi
    if command -v java >/dev/null 2>&1; then
        home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
        if b24kit_is_jdk21 "$home"; then printf '%s\n' "$home"; return 0; fi
    fi
    for dir in $(printf '%s' "${B24KIT_JDK_DIRS:-/usr/lib/jvm}" | tr ':' ' '); do
        for home in $(ls -d "$dir"/*/ 2>/dev/null | sort -rV); do
            home=${home%/}
            if b24kit_is_jdk21 "$home"; then printf '%s\n' "$home"; return 0; fi
        done
    done
    return 1
}
