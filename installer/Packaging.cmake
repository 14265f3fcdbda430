# CPack: packages from the install rules in installer/CMakeLists.txt.
#   Linux:   cpack -G DEB (Debian 12 package) and cpack -G TGZ (tarball)
#   Windows: cpack -G NSIS (installer) or -G ZIP
#   macOS:   cpack -G DragNDrop (disk image)
# installer/README.md says how to build each; installer/check-package.sh
# builds the .deb, installs it and runs what it installed.

set(CPACK_PACKAGE_NAME tulana)
set(CPACK_PACKAGE_VENDOR "The Tulana project")
set(CPACK_PACKAGE_CONTACT "Tulana maintainers <tulana@example.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Evaluate AI-system tenders and account for open-source options")
set(CPACK_PACKAGE_DESCRIPTION
    "Tulana helps public procurement officers evaluate tenders for AI systems: \
QCBS, L1, QBS and FBS scoring with the working behind every score, the openness \
of each bid, the considerations for choosing between open-source and \
proprietary systems, and the decision memo in English or Hindi. It has a \
desktop application (tulana) and a command-line tool (tulana-cli).")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Tulana)
set(CPACK_PACKAGE_EXECUTABLES tulana Tulana)
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    # Debian: tulana_<version>_<arch>.deb. The shared libraries the programs
    # link (Qt, yaml-cpp, simdjson, zlib, libstdc++) become Depends through
    # dpkg-shlibdeps; what is loaded at run time and not linked is added by
    # hand: the Noto fonts give the memo its typeface and the Devanagari
    # glyphs that a Hindi memo embeds in its PDF.
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Qt SQL's drivers are plugins, which dpkg-shlibdeps does not see: the
    # registry of AI procurements needs SQLite's (its default) and
    # PostgreSQL's (a department's shared registry) at run time.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-core, libqt6sql6-sqlite, libqt6sql6-psql")
    # A keychain that libqt6keychain1 can talk to (it loads libsecret when
    # it runs, so dpkg-shlibdeps cannot see it), for a PostgreSQL
    # registry's password (without one, PGPASSWORD or ~/.pgpass serve).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "hicolor-icon-theme, shared-mime-info, desktop-file-utils, libsecret-1-0, gnome-keyring | kwalletmanager")
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
    # The tarball unpacks into tulana-<version>-Linux/{bin,share}.
    set(CPACK_ARCHIVE_FILE_NAME ${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-Linux)
elseif(WIN32)
    # Not built by CI (Linux only). Needs NSIS on the PATH, and Qt's DLLs
    # and plugins copied into the install tree first (windeployqt, see
    # installer/README.md).
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_NSIS_PACKAGE_NAME "Tulana ${PROJECT_VERSION}")
    set(CPACK_NSIS_DISPLAY_NAME Tulana)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\tulana.exe)
    set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH ON) # offers to put tulana-cli on the PATH
    # Double-clicking a .tulana file opens it in Tulana.
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
        "WriteRegStr HKCR '.tulana' '' 'in.tulana.Tulana'
WriteRegStr HKCR 'in.tulana.Tulana' '' 'Tulana tender'
WriteRegStr HKCR 'in.tulana.Tulana\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\tulana.exe\\\" \\\"%1\\\"'")
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
        "DeleteRegKey HKCR '.tulana'
DeleteRegKey HKCR 'in.tulana.Tulana'")
elseif(APPLE)
    # Not built by CI. The app must be a bundle (MACOSX_BUNDLE) with Qt
    # deployed into it by macdeployqt before packaging (installer/README.md).
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "Tulana ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT UDBZ)
endif()

include(CPack)
