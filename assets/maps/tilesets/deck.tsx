<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="deck" tilewidth="16" tileheight="16" tilecount="112" columns="16">
 <image source="../../sprites/tiles/deck.png" width="256" height="112"/>
 <tile id="0">
  <properties>
   <property name="tile_name" value="floor_quarry_1"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="tile_name" value="floor_quarry_2"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="tile_name" value="floor_quarry_3"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="tile_name" value="floor_quarry_shadow"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="tile_name" value="floor_concrete_1"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="tile_name" value="floor_concrete_2"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="tile_name" value="floor_concrete_3"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="tile_name" value="floor_concrete_shadow"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="tile_name" value="parapet_top"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="9">
  <properties>
   <property name="tile_name" value="parapet_top_n"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="10">
  <properties>
   <property name="tile_name" value="parapet_top_s"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="11">
  <properties>
   <property name="tile_name" value="parapet_top_ns"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="12">
  <properties>
   <property name="tile_name" value="parapet_top_e"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="13">
  <properties>
   <property name="tile_name" value="parapet_top_ne"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="14">
  <properties>
   <property name="tile_name" value="parapet_top_se"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="15">
  <properties>
   <property name="tile_name" value="parapet_top_nse"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="16">
  <properties>
   <property name="tile_name" value="parapet_top_w"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="17">
  <properties>
   <property name="tile_name" value="parapet_top_nw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="18">
  <properties>
   <property name="tile_name" value="parapet_top_sw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="19">
  <properties>
   <property name="tile_name" value="parapet_top_nsw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="20">
  <properties>
   <property name="tile_name" value="parapet_top_ew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="21">
  <properties>
   <property name="tile_name" value="parapet_top_new"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="22">
  <properties>
   <property name="tile_name" value="parapet_top_sew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="23">
  <properties>
   <property name="tile_name" value="parapet_top_nsew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="24">
  <properties>
   <property name="tile_name" value="parapet_top_in_ne"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="25">
  <properties>
   <property name="tile_name" value="parapet_top_in_nw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="26">
  <properties>
   <property name="tile_name" value="parapet_top_in_se"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="27">
  <properties>
   <property name="tile_name" value="parapet_top_in_sw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="28">
  <properties>
   <property name="tile_name" value="parapet_top_in_n"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="29">
  <properties>
   <property name="tile_name" value="parapet_top_in_s"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="30">
  <properties>
   <property name="tile_name" value="parapet_top_in_e"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="31">
  <properties>
   <property name="tile_name" value="parapet_top_in_w"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="32">
  <properties>
   <property name="tile_name" value="parapet_top_in_all"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="33">
  <properties>
   <property name="tile_name" value="wall_stone_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="34">
  <properties>
   <property name="tile_name" value="wall_stone_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="35">
  <properties>
   <property name="tile_name" value="wall_stone_3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="36">
  <properties>
   <property name="tile_name" value="wall_stone_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="37">
  <properties>
   <property name="tile_name" value="wall_stone_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="38">
  <properties>
   <property name="tile_name" value="wall_stone_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="39">
  <properties>
   <property name="tile_name" value="wall_stone_base_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="40">
  <properties>
   <property name="tile_name" value="wall_stone_base_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="41">
  <properties>
   <property name="tile_name" value="wall_glass_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="42">
  <properties>
   <property name="tile_name" value="wall_glass_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="43">
  <properties>
   <property name="tile_name" value="wall_glass_3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="44">
  <properties>
   <property name="tile_name" value="wall_glass_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="45">
  <properties>
   <property name="tile_name" value="wall_glass_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="46">
  <properties>
   <property name="tile_name" value="wall_glass_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="47">
  <properties>
   <property name="tile_name" value="wall_glass_base_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="48">
  <properties>
   <property name="tile_name" value="wall_glass_base_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="49">
  <properties>
   <property name="tile_name" value="fence_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="50">
  <properties>
   <property name="tile_name" value="fence_post"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="51">
  <properties>
   <property name="tile_name" value="view_sky_1"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="tile_name" value="view_top_1"/>
  </properties>
  <animation>
   <frame tileid="52" duration="700"/>
   <frame tileid="53" duration="900"/>
   <frame tileid="54" duration="600"/>
  </animation>
 </tile>
 <tile id="55">
  <properties>
   <property name="tile_name" value="view_low_1"/>
  </properties>
  <animation>
   <frame tileid="55" duration="700"/>
   <frame tileid="56" duration="900"/>
   <frame tileid="57" duration="600"/>
  </animation>
 </tile>
 <tile id="58">
  <properties>
   <property name="tile_name" value="view_sky_2"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="tile_name" value="view_top_2"/>
  </properties>
  <animation>
   <frame tileid="59" duration="700"/>
   <frame tileid="60" duration="900"/>
   <frame tileid="61" duration="600"/>
  </animation>
 </tile>
 <tile id="62">
  <properties>
   <property name="tile_name" value="view_low_2"/>
  </properties>
  <animation>
   <frame tileid="62" duration="700"/>
   <frame tileid="63" duration="900"/>
   <frame tileid="64" duration="600"/>
  </animation>
 </tile>
 <tile id="65">
  <properties>
   <property name="tile_name" value="view_sky_3"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="tile_name" value="view_top_3"/>
  </properties>
  <animation>
   <frame tileid="66" duration="700"/>
   <frame tileid="67" duration="900"/>
   <frame tileid="68" duration="600"/>
  </animation>
 </tile>
 <tile id="69">
  <properties>
   <property name="tile_name" value="view_low_3"/>
  </properties>
  <animation>
   <frame tileid="69" duration="700"/>
   <frame tileid="70" duration="900"/>
   <frame tileid="71" duration="600"/>
  </animation>
 </tile>
 <tile id="72">
  <properties>
   <property name="tile_name" value="view_sky_4"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="tile_name" value="view_top_4"/>
  </properties>
  <animation>
   <frame tileid="73" duration="700"/>
   <frame tileid="74" duration="900"/>
   <frame tileid="75" duration="600"/>
  </animation>
 </tile>
 <tile id="76">
  <properties>
   <property name="tile_name" value="view_low_4"/>
  </properties>
  <animation>
   <frame tileid="76" duration="700"/>
   <frame tileid="77" duration="900"/>
   <frame tileid="78" duration="600"/>
  </animation>
 </tile>
 <tile id="79">
  <properties>
   <property name="tile_name" value="binoculars[0,0]"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="tile_name" value="binoculars[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="6" width="10" height="9"/>
  </objectgroup>
 </tile>
 <tile id="80">
  <properties>
   <property name="tile_name" value="bench[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="81">
  <properties>
   <property name="tile_name" value="bench[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="82">
  <properties>
   <property name="tile_name" value="kiosk[0,0]"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="tile_name" value="kiosk[1,0]"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="tile_name" value="kiosk[2,0]"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="tile_name" value="kiosk[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="2" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="99">
  <properties>
   <property name="tile_name" value="kiosk[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="2" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="100">
  <properties>
   <property name="tile_name" value="kiosk[2,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="2" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="85">
  <properties>
   <property name="tile_name" value="glass_doors[0,0]"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="tile_name" value="glass_doors[1,0]"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="tile_name" value="glass_doors[0,1]"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="tile_name" value="glass_doors[1,1]"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="tile_name" value="glass_doors_open[0,0]"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="tile_name" value="glass_doors_open[1,0]"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="tile_name" value="glass_doors_open[0,1]"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="tile_name" value="glass_doors_open[1,1]"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="tile_name" value="sign_open[0,0]"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="tile_name" value="sign_open[1,0]"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="tile_name" value="sign_closed[0,0]"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="tile_name" value="sign_closed[1,0]"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="tile_name" value="telescope[0,0]"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="tile_name" value="telescope[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="8" width="11" height="7"/>
  </objectgroup>
 </tile>
</tileset>
