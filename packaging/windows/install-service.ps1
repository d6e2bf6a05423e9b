<#
.SYNOPSIS
    Installs (or with -Uninstall removes) OODS as a Windows service.

.DESCRIPTION
    Creates a service that runs `oods.exe run --config <ConfigPath>`, starts automatically (delayed)
    at boot, and is restarted by the Service Control Manager when it fails: after 5 s, 5 s, then 30 s;
    the failure count resets after a day without failures. The configuration is checked with
    `oods.exe check-config` first, so a broken file stops the install instead of a restart loop.
    Run it from an elevated PowerShell (5.1 or later). Several instances: give each its own -Name
    and -ConfigPath.

.EXAMPLE
    .\install-service.ps1 -ConfigPath C:\ProgramData\OODS\atoods.yaml -Name oods-atoods
.EXAMPLE
    .\install-service.ps1 -Name oods-atoods -Uninstall
#>
#Requires -RunAsAdministrator
[CmdletBinding()]
param(
    # The service name (also used in `sc.exe`, `Get-Service`, the event log).
    [string] $Name = 'oods',
    # The published oods.exe; NLog.config must sit beside it.
    [string] $ExePath = (Join-Path $PSScriptRoot 'oods.exe'),
    # The YAML configuration the service runs with.
    [string] $ConfigPath = 'C:\ProgramData\OODS\oods.yaml',
    # Where oods.log goes (OODS_LOG_DIRECTORY).
    [string] $LogDirectory = 'C:\ProgramData\OODS\logs',
    # Extra environment variables for the service only, e.g. @{ LSST_TOPIC_SUBNAME = 'sal' }.
    [hashtable] $Environment = @{},
    # The account to run as; LocalSystem when omitted. It needs write access to the data directories.
    [pscredential] $Credential,
    # Stop and delete the service instead of installing it.
    [switch] $Uninstall
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

function Invoke-Sc {
    # `sc` is an alias of Set-Content in PowerShell, hence sc.exe spelled out.
    & sc.exe @args | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "sc.exe $($args -join ' ') failed with exit code $LASTEXITCODE" }
}

$existing = Get-Service -Name $Name -ErrorAction SilentlyContinue

if ($Uninstall) {
    if (-not $existing) { Write-Host "Service '$Name' is not installed."; return }
    if ($existing.Status -ne 'Stopped') { Stop-Service -Name $Name -Force }
    Invoke-Sc delete $Name
    Write-Host "Service '$Name' removed. Configuration and logs were left in place."
    return
}

if ($existing) { throw "Service '$Name' already exists; remove it first with -Uninstall." }
$ExePath = (Resolve-Path -LiteralPath $ExePath).Path
$ConfigPath = (Resolve-Path -LiteralPath $ConfigPath).Path

& $ExePath check-config $ConfigPath
if ($LASTEXITCODE -ne 0) { throw "oods check-config $ConfigPath failed (exit code $LASTEXITCODE); fix the file and run again." }

New-Item -ItemType Directory -Force -Path $LogDirectory | Out-Null

$service = @{
    Name           = $Name
    BinaryPathName = "`"$ExePath`" run --config `"$ConfigPath`""
    DisplayName    = "OODS Observatory Operations Data Service ($Name)"
    Description    = "Ingests raw camera images into Butler repositories as they land. Configuration: $ConfigPath"
    StartupType    = 'Automatic'
}
if ($Credential) { $service.Credential = $Credential }
New-Service @service | Out-Null

Invoke-Sc config $Name start= delayed-auto
Invoke-Sc failure $Name reset= 86400 actions= restart/5000/restart/5000/restart/30000
# Also apply the failure actions when oods stops itself with a non-zero exit code (a faulted loop),
# not only when the process crashes.
Invoke-Sc failureflag $Name 1

$variables = @{ OODS_LOG_DIRECTORY = $LogDirectory }
foreach ($key in $Environment.Keys) { $variables[$key] = $Environment[$key] }
$lines = [string[]] ($variables.GetEnumerator() | Sort-Object Name | ForEach-Object { "$($_.Name)=$($_.Value)" })
Set-ItemProperty -Path "HKLM:\SYSTEM\CurrentControlSet\Services\$Name" -Name Environment -Type MultiString -Value $lines

Start-Service -Name $Name
Get-Service -Name $Name | Format-Table -AutoSize Name, Status, StartType
Write-Host "Log file: $LogDirectory\oods.log"
