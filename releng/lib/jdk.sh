# Sourced by the scripts at the repository root and in releng/: selects a JDK 21+ through JAVA_HOME.
# Order: JAVA_HOME if it is 21+, then `java` on the PATH, then every JDK under /usr/lib/jvm (newest first).

patchbay_java_major() { # $1 = path to a java binary; prints its feature version (17, 21, 25...)
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

patchbay_select_jdk() {
  local candidate major
  for candidate in ${JAVA_HOME:+"$JAVA_HOME"} "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" \
      $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(patchbay_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      if [ "$major" -ge 24 ]; then # Maven's own libraries trip JDK 24+ warnings; keep the build output readable
        export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED"
      fi
      return 0
    fi
  done
  cat >&2 <<'MSG'
patchbay: no JDK 21 or newer found (looked at JAVA_HOME, java on the PATH and /usr/lib/jvm/*).
  Install one (Eclipse Temurin 21 or newer; on Debian 13 or Ubuntu 24.04: apt-get install openjdk-21-jdk-headless),
  or point JAVA_HOME at a JDK 21+ and run this command again.
MSG
  return 1
}
