; Inno Setup 6 script for Schrijfhulp (Windows). Build from the repository root after
; `python packaging\build.py`:
;     iscc /DAppVersion=0.1.0 packaging\windows\schrijfhulp.iss
; Output: dist\installer\Schrijfhulp-<version>-setup.exe
;
; Per-user install by default (no administrator rights needed). IT options:
;   /VERYSILENT /SUPPRESSMSGBOXES /NORESTART   silent install
;   /ALLUSERS                                   install for all users (needs admin rights)
;   /PACKS="\\server\share\sjablonen;https://intranet.example/packs/gemeente.zip"
;   /LTMODE=server /LTSERVER="https://languagetool.example.org"
;   /LOCK=1                                     users cannot change these settings
; With /ALLUSERS the options are written to C:\ProgramData\Schrijfhulp\managed.toml, the file
; Schrijfhulp reads as IT-managed settings (see packaging\README.md).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E1C2B8A-3F4D-4C55-9B7E-5A1D2C3B4E60}
AppName=Schrijfhulp
AppVersion={#AppVersion}
AppPublisher=Schrijfhulp
AppPublisherURL=https://schrijfhulp.nl
DefaultDirName={autopf}\Schrijfhulp
DefaultGroupName=Schrijfhulp
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
OutputDir=..\..\dist\installer
OutputBaseFilename=Schrijfhulp-{#AppVersion}-setup
SetupIconFile=..\..\schrijfhulp\resources\icons\schrijfhulp.ico
UninstallDisplayIcon={app}\schrijfhulp.exe
LicenseFile=..\..\LICENSE
InfoBeforeFile=..\..\build\LICENSES.txt
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
ArchitecturesAllowed=x64compatible
; Code signing: set SIGNTOOL in the environment of the build (see packaging\README.md).
#ifdef SignTool
SignTool={#SignTool}
#endif

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\Schrijfhulp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Schrijfhulp"; Filename: "{app}\schrijfhulp.exe"
Name: "{group}\Schrijfhulp verwijderen"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Schrijfhulp"; Filename: "{app}\schrijfhulp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\schrijfhulp.exe"; Description: "{cm:LaunchProgram,Schrijfhulp}"; Flags: nowait postinstall skipifsilent

[Code]
function QuoteToml(Value: String): String;
begin
  StringChangeEx(Value, '\', '\\', True);
  StringChangeEx(Value, '"', '\"', True);
  Result := '"' + Value + '"';
end;

function PackList(Value: String): String;
var
  Part: String;
  P: Integer;
begin
  Result := '';
  while Value <> '' do
  begin
    P := Pos(';', Value);
    if P = 0 then begin Part := Value; Value := ''; end
    else begin Part := Copy(Value, 1, P - 1); Value := Copy(Value, P + 1, Length(Value)); end;
    if Trim(Part) <> '' then
    begin
      if Result <> '' then Result := Result + ', ';
      Result := Result + QuoteToml(Trim(Part));
    end;
  end;
  Result := '[' + Result + ']';
end;

procedure WriteManagedSettings();
var
  Packs, Mode, Server, Lines, Locked: String;
begin
  Packs := ExpandConstant('{param:PACKS|}');
  Mode := ExpandConstant('{param:LTMODE|}');
  Server := ExpandConstant('{param:LTSERVER|}');
  if (Packs = '') and (Mode = '') and (Server = '') then Exit;
  Lines := '[settings]' + #13#10;
  Locked := '';
  if Packs <> '' then begin
    Lines := Lines + 'pack_locations = ' + PackList(Packs) + #13#10;
    Locked := Locked + '"pack_locations", ';
  end;
  if Server <> '' then begin
    Lines := Lines + 'languagetool_url = ' + QuoteToml(Server) + #13#10;
    if Mode = '' then Mode := 'server';
  end;
  if Mode <> '' then begin
    Lines := Lines + 'languagetool_mode = ' + QuoteToml(Mode) + #13#10;
    Locked := Locked + '"languagetool_mode", "languagetool_url", ';
  end;
  { 'locked' is a top-level key, so it goes before the [settings] table. }
  if ExpandConstant('{param:LOCK|0}') = '1' then
    Lines := 'locked = [' + Locked + ']' + #13#10 + Lines;
  Lines := '# Written by the Schrijfhulp installer. IT-managed settings.' + #13#10 + Lines;
  ForceDirectories(ExpandConstant('{commonappdata}\Schrijfhulp'));
  SaveStringToFile(ExpandConstant('{commonappdata}\Schrijfhulp\managed.toml'), Lines, False);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and IsAdminInstallMode then
    WriteManagedSettings();
end;
