; Inno Setup script of the Windows installer (packaging/build.py runs iscc with the /D values below).
; Per-user by default (no administrator rights), Start-menu entry, optional desktop icon, "Open with
; Campaign Studio" for .yaml files (never taking .yaml over), uninstaller in Settings > Apps.
; The studio's data (%LOCALAPPDATA%\campaign-studio) is left in place on uninstall.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\campaign-studio"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef OutputName
  #define OutputName "campaign-studio-setup"
#endif

[Setup]
AppId={{8C7A3D2E-5B1F-4E8A-9C6D-2F4B7A1E9D30}
AppName=Campaign Studio
AppVersion={#AppVersion}
AppPublisher=Campaign Studio
DefaultDirName={autopf}\Campaign Studio
DefaultGroupName=Campaign Studio
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\campaign-studio.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an update replaces the program's files as a whole
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Campaign Studio"; Filename: "{app}\campaign-studio.exe"
Name: "{group}\{cm:UninstallProgram,Campaign Studio}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Campaign Studio"; Filename: "{app}\campaign-studio.exe"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "Software\Classes\CampaignStudio.Campaign"; ValueType: string; ValueName: ""; ValueData: "Campaign Studio campaign"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\CampaignStudio.Campaign\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\campaign-studio.exe,0"
Root: HKA; Subkey: "Software\Classes\CampaignStudio.Campaign\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\campaign-studio.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.yaml\OpenWithProgids"; ValueType: string; ValueName: "CampaignStudio.Campaign"; ValueData: ""; Flags: uninsdeletevalue

[Run]
Filename: "{app}\campaign-studio.exe"; Description: "{cm:LaunchProgram,Campaign Studio}"; Flags: nowait postinstall skipifsilent
