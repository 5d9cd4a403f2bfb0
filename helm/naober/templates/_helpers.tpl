{{- define "naober.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "naober.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "naober.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "naober.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "naober.selectorLabels" -}}
app.kubernetes.io/name: {{ include "naober.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "naober.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "naober.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The CloudNativePG cluster's name; its services are <name>-rw/-ro, its owner Secret <name>-app. */}}
{{- define "naober.cnpgName" -}}
{{- printf "%s-db" (include "naober.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "naober.keycloakMode" -}}
{{- if .Values.oidc.issuerUri }}true{{ end }}
{{- end }}

{{/* Refuses combinations Naober itself would refuse at start-up, so they fail at install instead. */}}
{{- define "naober.validate" -}}
{{- if and (has "prod" (splitList "," (.Values.springProfiles | replace " " ""))) (not .Values.oidc.issuerUri) }}
{{- fail "springProfiles contains prod: set oidc.issuerUri (keycloak mode); Naober refuses local accounts under prod" }}
{{- end }}
{{- if and .Values.oidc.issuerUri (not .Values.oidc.existingSecret) }}
{{- fail "oidc.issuerUri is set: name the Secret with the client secrets in oidc.existingSecret" }}
{{- end }}
{{- if not .Values.encryption.existingSecret }}
{{- fail "encryption.existingSecret is required: Naober refuses to start without NAOBER_ENCRYPTION_KEYS" }}
{{- end }}
{{- if and (not .Values.cnpg.enabled) (not .Values.database.url) (not .Values.database.urlKey) }}
{{- fail "set database.url (or database.urlKey in database.existingSecret), or cnpg.enabled" }}
{{- end }}
{{- if and .Values.autoscaling.enabled (gt (int .Values.autoscaling.minReplicas) (int .Values.autoscaling.maxReplicas)) }}
{{- fail "autoscaling.minReplicas is above autoscaling.maxReplicas" }}
{{- end }}
{{- if .Values.podDisruptionBudget.enabled }}
{{- $replicas := ternary .Values.autoscaling.minReplicas .Values.replicaCount .Values.autoscaling.enabled }}
{{- if and (not (kindIs "string" .Values.podDisruptionBudget.minAvailable)) (ge (int .Values.podDisruptionBudget.minAvailable) (int $replicas)) }}
{{- fail (printf "podDisruptionBudget.minAvailable (%d) must stay below the replicas (%d), or no node could ever be drained" (int .Values.podDisruptionBudget.minAvailable) (int $replicas)) }}
{{- end }}
{{- end }}
{{- if .Values.networkPolicy.enabled }}
{{- if and (not .Values.cnpg.enabled) (not .Values.networkPolicy.egress.postgresql.to) }}
{{- fail "networkPolicy.enabled: name the PostgreSQL server in networkPolicy.egress.postgresql.to, or the pods cannot reach their database" }}
{{- end }}
{{- if and .Values.oidc.issuerUri (not .Values.networkPolicy.egress.oidc.to) }}
{{- fail "networkPolicy.enabled in keycloak mode: name Keycloak in networkPolicy.egress.oidc.to, or no token can be checked" }}
{{- end }}
{{- end }}
{{- end }}

{{/* One environment variable read from a Secret: the chart never holds the value itself. */}}
{{- define "naober.secretEnv" -}}
- name: {{ .name }}
  valueFrom:
    secretKeyRef:
      name: {{ .secret | quote }}
      key: {{ .key | quote }}
{{- end }}
