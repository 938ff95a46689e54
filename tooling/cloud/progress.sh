# What up.sh shows while it works (sourced by it): one line per step with the time the step took,
# while the output of every command (apt-get, database migrations, keystone-manage, the openstack
# CLI …) goes to log files. When a step fails: the step, the command, its log's path and the tail
# of that log, and the log of every daemon that died.
#
#   progress_init LOG_DIR RUN_DIR  the caller's stdout/stderr become fds 3/4 (the terminal); the
#                          script's own stdout/stderr go to LOG_DIR/up.log, then to each step's log
#   say TEXT…              "[HH:MM:SS] TEXT" on the terminal (and in up.log)
#   step TITLE [NAME]      begins the line "[HH:MM:SS] TITLE … "; until the next step, output goes
#                          to LOG_DIR/NAME.log (default up.log)
#   step_started NAME      a daemon this step started;  step_running NAME: one already running
#   step_note TEXT         something the step did, shown at the end of its line
#   step_show FILE         the log to show (after the step's own) should the step fail from here on
#   step_why TEXT          why the step fails, said in the report (e.g. "no answer from URL")
#   step_default TEXT      what the line ends with when the step noted nothing (default "ok")
#   step_end               ends the line: what the step did and "(Ns)"
# Daemons must not keep fds 3 and 4 open (start them with 3>&- 4>&-): whoever reads up.sh's
# output through a pipe would wait for them.

progress_init() {
  P_LOG=$1 P_RUN=$2 P_STEP= P_CMD= P_WHERE=
  mkdir -p "$P_LOG"
  exec 3>&1 4>&2 >>"$P_LOG/up.log" 2>&1
  printf '\n[%(%F %T)T] ==== %s\n' -1 "$0 (pid $$)"
  set -E  # the ERR trap also fires in functions: it records the command that failed
  trap 'P_CMD=$BASH_COMMAND P_WHERE=${BASH_SOURCE[0]:-$0}:$LINENO' ERR
  trap progress_exit EXIT
}

say() {
  step_end
  printf '[%(%H:%M:%S)T] %s\n' -1 "$*" | tee -a "$P_LOG/up.log" >&3
}

step() {
  step_end
  P_STEP=$1 P_STEP_LOG=$P_LOG/${2:-up}.log P_SHOW= P_WHY= P_NOTES= P_STARTED= P_RUNNING= P_DEFAULT=ok
  P_T0=$EPOCHSECONDS
  exec >>"$P_STEP_LOG" 2>&1
  printf '[%(%H:%M:%S)T] %s … ' "$P_T0" "$P_STEP" >&3
  printf '\n[%(%F %T)T] ---- step: %s\n' "$P_T0" "$P_STEP"  # where this run begins, in the step's log
}

step_started() { P_STARTED+=" $1"; }
step_running() { P_RUNNING+=" $1"; }
step_note() { P_NOTES+=${P_NOTES:+, }$*; }
step_show() { P_SHOW=$1; }
step_why() { P_WHY=$*; }
step_default() { P_DEFAULT=$*; }

step_end() {
  [[ -n ${P_STEP:-} ]] || return 0
  local what=$P_NOTES started=${P_STARTED# } running=${P_RUNNING# }
  if [[ -n $started ]]; then
    what+=${what:+, }"started ${started// /, }"
    [[ -z $running ]] || what+=" (already running: ${running// /, })"
  elif [[ -n $running ]]; then
    what+=${what:+, }"already running"
  fi
  what="${what:-$P_DEFAULT} ($((EPOCHSECONDS - P_T0))s)"
  echo "$what" >&3
  printf '[%(%H:%M:%S)T] %s … %s\n' "$P_T0" "$P_STEP" "$what" >>"$P_LOG/up.log"
  P_STEP=
  exec >>"$P_LOG/up.log" 2>&1
}

progress_exit() {
  local code=$? f n log
  if [[ $code == 0 ]]; then step_end; return 0; fi
  exec >&4 2>&4
  if [[ -n ${P_STEP:-} ]]; then
    printf 'FAILED (%ss)\n' $((EPOCHSECONDS - P_T0)) >&3
    echo "up.sh: FAILED (exit $code) in step \"$P_STEP\"${P_WHY:+: $P_WHY}"
  else
    echo "up.sh: FAILED (exit $code)"
  fi
  P_WHERE=${P_WHERE##*/}
  case $P_CMD in
    '') ;;
    return*) echo "  the command that failed: line ${P_WHERE}" ;;  # a function's return: its call's line
    *) echo "  the command that failed (${P_WHERE}): $P_CMD" ;;
  esac
  log=${P_SHOW:-${P_STEP:+$P_STEP_LOG}}
  if [[ -n $P_SHOW && -n $P_STEP && $P_SHOW != "$P_STEP_LOG" ]]; then
    echo "---- last 10 lines of $P_STEP_LOG"  # what the step's own commands said
    tail -n 10 "$P_STEP_LOG"
  fi
  if [[ -n $log ]]; then
    echo "---- last 40 lines of $log"
    tail -n 40 "$log" 2>/dev/null
  fi
  for f in "$P_RUN"/*.pid; do
    [[ -e $f ]] || continue
    n=$(basename "$f" .pid)
    if ! kill -0 "$(cat "$f")" 2>/dev/null && [[ $P_LOG/$n.log != "$log" ]]; then
      echo "---- $n is not running; last 40 lines of $P_LOG/$n.log"
      tail -n 40 "$P_LOG/$n.log" 2>/dev/null
    fi
  done
  echo "---- every service's and tool's log: $P_LOG/ (this run's steps: $P_LOG/up.log)"
}
