{{/*
Chart name, truncated to the 63 characters Kubernetes allows in a label value.
*/}}
{{- define "cdd.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Full name of the release's objects. StatefulSet pod names add "-<ordinal>", and the headless
Service name goes into pod DNS names, so keep room: 52 characters.
*/}}
{{- define "cdd.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 52 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 52 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 52 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "cdd.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "cdd.selectorLabels" -}}
app.kubernetes.io/name: {{ include "cdd.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "cdd.labels" -}}
helm.sh/chart: {{ include "cdd.chart" . }}
{{ include "cdd.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/component: stream-processor
app.kubernetes.io/part-of: chat-distress-detector
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "cdd.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "cdd.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "cdd.headlessServiceName" -}}
{{- printf "%s-headless" (include "cdd.fullname" .) }}
{{- end }}

{{- define "cdd.metricsServiceName" -}}
{{- printf "%s-metrics" (include "cdd.fullname" .) }}
{{- end }}

{{- define "cdd.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/* true when the workload is a StatefulSet. */}}
{{- define "cdd.isStatefulSet" -}}
{{- if eq .Values.kind "StatefulSet" }}true{{ end }}
{{- end }}

{{/* STATIC_MEMBERSHIP: explicit value, else true only for a StatefulSet (stable pod names). */}}
{{- define "cdd.staticMembership" -}}
{{- if kindIs "bool" .Values.config.staticMembership }}
{{- .Values.config.staticMembership }}
{{- else }}
{{- eq .Values.kind "StatefulSet" }}
{{- end }}
{{- end }}

{{- define "cdd.terminationGracePeriodSeconds" -}}
{{- $close := int .Values.config.closeTimeoutSeconds }}
{{- $grace := add $close 30 | int }}
{{- if not (kindIs "invalid" .Values.terminationGracePeriodSeconds) }}
{{- $grace = int .Values.terminationGracePeriodSeconds }}
{{- end }}
{{- if le $grace $close }}
{{- fail (printf "terminationGracePeriodSeconds (%d) must be larger than config.closeTimeoutSeconds (%d): Kubernetes would kill the pod before Kafka Streams has closed" $grace $close) }}
{{- end }}
{{- $grace }}
{{- end }}

{{/* Where existing Secrets are mounted (read-only). */}}
{{- define "cdd.secretsDir" -}}/etc/chat-distress-detector{{- end }}

{{- define "cdd.stateDir" -}}/var/lib/chat-distress-detector{{- end }}

{{/* Name of the prometheus `job` label the alerts select on. */}}
{{- define "cdd.promJob" -}}
{{- default (include "cdd.metricsServiceName" .) .Values.metrics.prometheusRule.job }}
{{- end }}

{{/* Seconds of a simple ISO-8601 duration such as PT5M, PT1H30M or PT45S (days not supported). */}}
{{- define "cdd.isoSeconds" -}}
{{- $d := upper . }}
{{- if not (regexMatch "^PT([0-9]+H)?([0-9]+M)?([0-9]+S)?$" $d) }}
{{- fail (printf "%s: only durations of the form PT#H#M#S are supported here" .) }}
{{- end }}
{{- $h := regexFind "[0-9]+H" $d | trimSuffix "H" | default "0" | int }}
{{- $m := regexFind "[0-9]+M" $d | trimSuffix "M" | default "0" | int }}
{{- $s := regexFind "[0-9]+S" $d | trimSuffix "S" | default "0" | int }}
{{- add (mul $h 3600) (mul $m 60) $s }}
{{- end }}

{{/* PromQL label matcher for this release's series. */}}
{{- define "cdd.promSelector" -}}
job="{{ include "cdd.promJob" . }}", namespace="{{ .Release.Namespace }}"
{{- end }}
